/**
 * The GraphQL console: a region labelled "Query". Results holding entities or relations are drawn on
 * the canvas (as Neo4j Browser draws a Cypher result); anything else is shown as JSON.
 */
import { button, h, replace } from './dom.js';

export interface ConsoleResult {
  /** Pretty JSON of the whole response. */
  json: string;
  drawn: { entities: number; relations: number } | null;
  errors: string[];
}

export interface ConsoleOptions {
  examples: { title: string; query: string }[];
  run(query: string): Promise<ConsoleResult>;
  graphiqlUrl: string;
  initialQuery?: string;
}

export interface ConsolePanel {
  element: HTMLElement;
  run(): Promise<void>;
  setQuery(query: string): void;
}

export function createConsolePanel(options: ConsoleOptions): ConsolePanel {
  const textarea = h('textarea', {
    className: 'query-input',
    attrs: { id: 'query-input', spellcheck: 'false', rows: 4, 'aria-describedby': 'query-hint' },
  });
  textarea.value = options.initialQuery ?? options.examples[0]?.query ?? '{ stats { nodes relationships } }';
  const examples = h('select', { className: 'select', attrs: { 'aria-label': 'Example queries' } },
    h('option', { attrs: { value: '' } }, 'Examples…'),
    ...options.examples.map((e, i) => h('option', { attrs: { value: String(i) } }, e.title)));
  examples.addEventListener('change', () => {
    const example = options.examples[Number(examples.value)];
    if (example) textarea.value = example.query;
    examples.value = '';
    textarea.focus();
  });
  const summary = h('p', { className: 'query-summary', attrs: { 'aria-live': 'polite' } });
  const output = h('pre', { className: 'query-output', attrs: { tabindex: '0', 'aria-label': 'Result JSON', hidden: true } });
  const runButton = button('Run', () => void panel.run(), { className: 'btn btn-primary', attrs: { title: 'Run the query (Ctrl+Enter)' } });
  const jsonToggle = button('Show JSON', () => {
    output.hidden = !output.hidden;
    jsonToggle.textContent = output.hidden ? 'Show JSON' : 'Hide JSON';
  }, { className: 'btn btn-small btn-quiet', attrs: { hidden: true } });

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void panel.run();
    }
  });

  const body = h('div', { className: 'console-body', attrs: { id: 'console-body' } },
    textarea,
    h('p', { className: 'hint', attrs: { id: 'query-hint' } }, 'Entities and relations in the result are drawn on the canvas. Ctrl+Enter runs.'),
    h('div', { className: 'console-actions' }, runButton, examples, jsonToggle),
    summary, output);
  // Folding the console gives the details more room; the region and its heading stay.
  const fold = h('button', {
    className: 'btn btn-small btn-quiet fold',
    attrs: { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'console-body', title: 'Fold or unfold the console' },
    on: {
      click: () => {
        body.hidden = !body.hidden;
        fold.setAttribute('aria-expanded', String(!body.hidden));
      },
    },
  }, h('span', { attrs: { 'aria-hidden': 'true' } }, '▾'), h('span', { className: 'visually-hidden' }, 'Show the console'));
  const element = h('section', { className: 'panel console', attrs: { 'aria-label': 'Query' } },
    h('div', { className: 'panel-head' },
      h('h2', {}, h('label', { attrs: { for: 'query-input' } }, 'GraphQL query')),
      h('span', { className: 'panel-head-end' },
        h('a', { className: 'graphiql-link', attrs: { href: options.graphiqlUrl, target: '_blank', rel: 'noopener' } }, 'Open GraphiQL ↗'),
        fold)),
    body);

  const panel: ConsolePanel = {
    element,
    async run() {
      runButton.disabled = true;
      summary.textContent = 'Running…';
      element.setAttribute('aria-busy', 'true');
      try {
        const result = await options.run(textarea.value);
        output.textContent = result.json;
        const parts: string[] = [];
        if (result.errors.length) parts.push(`Error: ${result.errors.join(' · ')}`);
        if (result.drawn) parts.push(`Drew ${result.drawn.entities} entit${result.drawn.entities === 1 ? 'y' : 'ies'} and ${result.drawn.relations} relation${result.drawn.relations === 1 ? '' : 's'} from the result.`);
        else if (!result.errors.length) parts.push('No entities or relations in the result: here is the JSON.');
        replace(summary, parts.join(' '));
        summary.classList.toggle('error', result.errors.length > 0);
        // Drawn results keep the JSON one click away; anything else shows it straight away.
        output.hidden = result.drawn !== null;
        jsonToggle.hidden = result.drawn === null;
        jsonToggle.textContent = output.hidden ? 'Show JSON' : 'Hide JSON';
      } catch (error) {
        summary.textContent = error instanceof Error ? error.message : String(error);
        summary.classList.add('error');
      } finally {
        runButton.disabled = false;
        element.setAttribute('aria-busy', 'false');
      }
    },
    setQuery(query) {
      textarea.value = query;
    },
  };
  return panel;
}
