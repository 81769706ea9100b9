import { describe, expect, it } from 'vitest';
import { collapseSet, planExpansion, type ExpansionRecord } from '../../client/src/app/expansion.js';
import { createHistory, type Command } from '../../client/src/state/history.js';
import { entity, relation } from './client-fixtures.js';

function counter(log: string[], name: string): Command {
  return { label: name, apply: () => log.push(`+${name}`), revert: () => log.push(`-${name}`) };
}

describe('client undo/redo history', () => {
  it('applies, undoes and redoes in order, and a new step clears the redo side', () => {
    const log: string[] = [];
    const history = createHistory();
    let changes = 0;
    history.onChange(() => changes++);
    history.run(counter(log, 'a'));
    history.run(counter(log, 'b'));
    expect(history.peekUndo()?.label).toBe('b');
    history.undo();
    history.undo();
    expect(history.canUndo()).toBe(false);
    expect(history.undo()).toBeUndefined();
    history.redo();
    expect(log).toEqual(['+a', '+b', '-b', '-a', '+a']);
    expect(history.peekRedo()?.label).toBe('b');
    history.run(counter(log, 'c'));
    expect(history.canRedo()).toBe(false);
    expect(changes).toBe(6);
  });

  it('keeps at most `limit` steps', () => {
    const history = createHistory({ limit: 2 });
    const log: string[] = [];
    for (const name of ['a', 'b', 'c']) history.run(counter(log, name));
    history.undo();
    history.undo();
    expect(history.undo()).toBeUndefined();
    expect(log).toEqual(['+a', '+b', '+c', '-c', '-b']);
  });
});

describe('client expansion planning', () => {
  const sub = {
    nodes: [
      entity({ id: 'deepseek', degree: 10 }),
      entity({ id: 'hub', degree: 30 }),
      entity({ id: 'critic', degree: 1 }),
      entity({ id: 'drawn', degree: 50 }),
      ...Array.from({ length: 30 }, (_, i) => entity({ id: `n${String(i).padStart(2, '0')}`, degree: 2 })),
    ],
    edges: [relation('critic', 'DOUBTS', 'deepseek'), relation('deepseek', 'BASED_IN', 'hub')],
    truncated: false,
  };

  it('draws claim neighbours first, then the best connected, and holds the rest for "show more"', () => {
    const { now, later } = planExpansion('deepseek', sub, (id) => id === 'drawn', 20);
    expect(now.map((n) => n.id).slice(0, 3)).toEqual(['critic', 'hub', 'n00']);
    expect(now).toHaveLength(20);
    expect(later).toHaveLength(32 - 20);
    expect([...now, ...later].map((n) => n.id)).not.toContain('drawn');
    expect([...now, ...later].map((n) => n.id)).not.toContain('deepseek');
  });

  it('collapses what an expansion added, and what was expanded from there, but never the node itself', () => {
    const records = new Map<string, ExpansionRecord>([
      ['a', { added: ['b', 'c', 'a>X>b'], pending: [], truncated: false }],
      ['b', { added: ['d', 'a', 'b>X>d'], pending: [], truncated: false }],
      ['z', { added: ['y'], pending: [], truncated: false }],
    ]);
    const { ids, anchors } = collapseSet('a', records);
    expect(ids.sort()).toEqual(['a>X>b', 'b', 'b>X>d', 'c', 'd']);
    expect(anchors).toEqual(['a', 'b']);
  });
});
