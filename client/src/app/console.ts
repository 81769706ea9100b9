/**
 * The GraphQL console's side of the explorer: a result holding entities or relations is drawn on the
 * canvas (an undoable add) and highlighted, as Neo4j Browser draws a Cypher result; otherwise only the
 * JSON is shown. Entities the result names without a kind are fetched before drawing.
 */
import { CONSOLE_EXAMPLES } from '../api/documents.js';
import { completeEntity, extractGraph } from '../api/extract.js';
import type { Subgraph } from '../api/types.js';
import { createConsolePanel, type ConsolePanel, type ConsoleResult } from '../ui/console-panel.js';
import type { Commands } from './commands.js';
import type { ExplorerContext } from './context.js';
import type { Details } from './details.js';
import { describeError } from './feedback.js';

export interface ConsoleHooks {
  commands: Pick<Commands, 'runAdd'>;
  details: Pick<Details, 'setHighlight'>;
}

export function createConsole(ctx: ExplorerContext, hooks: ConsoleHooks): ConsolePanel {
  const { api, feedback } = ctx;

  async function run(query: string): Promise<ConsoleResult> {
    try {
      return await feedback.track((m) => m.busy.runningQuery, async () => {
        const response = await api.raw(query);
        const errors = (response.errors ?? []).map((e) => e.message);
        const found = extractGraph(response.data);
        const json = JSON.stringify(response, null, 2);
        if (!ctx.view() || (found.entities.size === 0 && found.relations.size === 0)) return { json, drawn: null, errors };
        const filled = found.missing.length ? await api.entities(found.missing) : [];
        const nodes = [...[...found.entities.values()].map(completeEntity), ...filled];
        const edges = [...found.relations.values()];
        const sub: Subgraph = { nodes, edges, truncated: false };
        const drawn = (x: string) => ctx.view()?.has(x) ?? false;
        if (nodes.some((n) => !drawn(n.id)) || edges.some((e) => !drawn(e.id))) hooks.commands.runAdd((m) => m.commands.drawResult, sub, undefined);
        const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)].filter(drawn);
        hooks.details.setHighlight(ids, 'found');
        ctx.view()?.fit(ids);
        return { json, drawn: { entities: nodes.length, relations: edges.length }, errors };
      });
    } catch (error) {
      // The panel shows its own failure state; the banner says what went wrong.
      feedback.report(error);
      throw error;
    }
  }

  return createConsolePanel({
    i18n: ctx.i18n,
    examples: CONSOLE_EXAMPLES.map((e) => ({ title: (m) => m.console.example[e.id], query: e.query })),
    run,
    graphiqlUrl: '/graphql',
    describeError: (error) => (m) => describeError(error, m).message,
  });
}
