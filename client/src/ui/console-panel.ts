/**
 * The GraphQL console: a region labelled "Query". Results holding entities or relations are drawn on
 * the canvas (as Neo4j Browser draws a Cypher result); anything else is shown as JSON.
 */
import type { I18n, Text } from '../i18n/i18n.js';
import { button, h, replace } from './dom.js';
import { localize } from './localize.js';

export interface ConsoleResult {
  /** Pretty JSON of the whole response. */
  json: string;
  drawn: { entities: number; relations: number } | null;
  errors: string[];
}

export interface ConsoleOptions {
  i18n: I18n;
  examples: { title: Text; query: string }[];
  run(query: string): Promise<ConsoleResult>;
  graphiqlUrl: string;
  initialQuery?: string;
  /** What a failed run says in the summary (the banner says it too). */
  describeError(error: unknown): Text;
}

export interface ConsolePanel {
  element: HTMLElement;
  run(): Promise<void>;
  setQuery(query: string): void;
}

export function createConsolePanel(options: ConsoleOptions): ConsolePanel {
  const { i18n } = options;
  // The query and the JSON are code: left to right and untranslated in either language.
  const textarea = h('textarea', {
    className: 'query-input',
    attrs: { id: 'query-input', spellcheck: 'false', rows: 4, 'aria-describedby': 'query-hint', dir: 'ltr', lang: 'en', translate: 'no' },
  });
  textarea.value = options.initialQuery ?? options.examples[0]?.query ?? '{ stats { nodes relationships } }';
  const placeholder = h('option', { attrs: { value: '' } });
  const exampleOptions = options.examples.map((_, i) => h('option', { attrs: { value: String(i) } }));
  const examples = h('select', { className: 'select' }, placeholder, ...exampleOptions);
  examples.addEventListener('change', () => {
    const example = options.examples[Number(examples.value)];
    if (example) textarea.value = example.query;
    examples.value = '';
    textarea.focus();
  });
  const summary = h('p', { className: 'query-summary', attrs: { 'aria-live': 'polite' } });
  const output = h('pre', { className: 'query-output', attrs: { tabindex: '0', hidden: true, dir: 'ltr', lang: 'en', translate: 'no' } });
  const runButton = button('', () => void panel.run(), { className: 'btn btn-primary' });
  const jsonToggle = button('', () => {
    output.hidden = !output.hidden;
    labelJsonToggle();
  }, { className: 'btn btn-small btn-quiet', attrs: { hidden: true } });
  const labelJsonToggle = () => { jsonToggle.textContent = output.hidden ? i18n.m.console.showJson : i18n.m.console.hideJson; };

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void panel.run();
    }
  });

  const hint = h('p', { className: 'hint', attrs: { id: 'query-hint' } });
  const body = h('div', { className: 'console-body', attrs: { id: 'console-body' } },
    textarea, hint,
    h('div', { className: 'console-actions' }, runButton, examples, jsonToggle),
    summary, output);
  // Folding the console gives the details more room; the region and its heading stay.
  const foldLabel = h('span', { className: 'visually-hidden' });
  const fold = h('button', {
    className: 'btn btn-small btn-quiet fold',
    attrs: { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'console-body' },
    on: {
      click: () => {
        body.hidden = !body.hidden;
        fold.setAttribute('aria-expanded', String(!body.hidden));
      },
    },
  }, h('span', { attrs: { 'aria-hidden': 'true' } }, '▾'), foldLabel);
  const heading = h('label', { attrs: { for: 'query-input' } });
  const graphiql = h('a', { className: 'graphiql-link', attrs: { href: options.graphiqlUrl, target: '_blank', rel: 'noopener' } });
  const element = h('section', { className: 'panel console' },
    h('div', { className: 'panel-head' },
      h('h2', {}, heading),
      h('span', { className: 'panel-head-end' }, graphiql, fold)),
    body);

  /** The last run's outcome, kept so a change of language can say it again. */
  let outcome: Text | null = null;
  localize(i18n, (m) => {
    const c = m.console;
    element.setAttribute('aria-label', c.region);
    heading.textContent = c.heading;
    graphiql.textContent = `${c.openGraphiql}${c.externalMark}`;
    fold.title = c.fold;
    foldLabel.textContent = c.foldLabel;
    hint.textContent = c.hint;
    runButton.textContent = c.run;
    runButton.title = c.runTitle;
    examples.setAttribute('aria-label', c.examples);
    placeholder.textContent = c.examplesPlaceholder;
    exampleOptions.forEach((option, i) => { option.textContent = options.examples[i]?.title(m) ?? ''; });
    output.setAttribute('aria-label', c.resultJson);
    labelJsonToggle();
    if (outcome) summary.textContent = outcome(m);
  });

  const panel: ConsolePanel = {
    element,
    async run() {
      runButton.disabled = true;
      outcome = (m) => m.console.running;
      summary.textContent = outcome(i18n.m);
      element.setAttribute('aria-busy', 'true');
      try {
        const result = await options.run(textarea.value);
        output.textContent = result.json;
        const { drawn, errors } = result;
        // The server's errors are its own words (English): the console shows them as they are.
        outcome = (m) => [
          ...(errors.length ? [m.console.error(errors.join(' · '))] : []),
          ...(drawn ? [m.console.drew(drawn.entities, drawn.relations)] : errors.length ? [] : [m.console.nothingToDraw]),
        ].join(' ');
        replace(summary, outcome(i18n.m));
        summary.classList.toggle('error', result.errors.length > 0);
        // Drawn results keep the JSON one click away; anything else shows it straight away.
        output.hidden = result.drawn !== null;
        jsonToggle.hidden = result.drawn === null;
        labelJsonToggle();
      } catch (error) {
        outcome = options.describeError(error);
        summary.textContent = outcome(i18n.m);
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
