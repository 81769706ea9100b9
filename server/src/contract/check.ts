/**
 * Checks a graph against the data contract: runs the rule statements (db/queries/contract.ts) through
 * whatever runs Cypher here — the loader's transaction, or a read session for `npm run check` — and
 * turns their rows into violations a person can act on: the rule, the element with its ids, what is wrong.
 */
import type { RunQuery } from '../db/runners.js';
import { articleTexts, nodeViolations, relationViolations, RULES, type Rule } from '../db/queries/contract.js';
import type { Vocabulary } from '../vocabulary.js';

export interface Violation {
  rule: Rule;
  /** Neo4j's id of the element, stable within a transaction: what tells two violations apart. */
  elementId: string;
  /** The element as Cypher would draw it, with its ids: `(:Entity:Spaceship {id: 'x'})`, `(a)-[:ENDORSES]->(b)`. */
  subject: string;
  /** What is wrong, in a few words. */
  detail: string;
  /** The stable ids involved (the node's id; a relation's ends and source). */
  ids: string[];
}

/** Every violation in the graph `run` reads, nodes first, each element's rules in the contract's order. */
export async function findViolations(run: RunQuery, vocabulary: Vocabulary): Promise<Violation[]> {
  const names = {
    kindLabels: vocabulary.kinds.map((k) => k.label),
    relationTypes: [...vocabulary.relationTypes.map((t) => t.type), ...vocabulary.articleRelationTypes],
  };
  const texts = new Map((await run(articleTexts())).map((row) => [String(row.id), articleText(row)]));
  // One after the other: `run` may be a session, which takes one statement at a time.
  const nodes = await run(nodeViolations(names));
  const relations = await run(relationViolations(names, Object.fromEntries(texts)));
  const kindLabels = new Set(names.kindLabels);
  const found: Violation[] = [];
  for (const row of nodes) {
    const id = text(row.id);
    const labels = strings(row.labels);
    const subject = `(${labels.map((l) => `:${l}`).join('')}${id === null ? '' : ` {id: ${quoted(id)}}`})`;
    for (const rule of strings(row.rules) as Rule[]) {
      found.push({ rule, elementId: String(row.elementId), subject, detail: nodeDetail(rule, labels, kindLabels), ids: id === null ? [] : [id] });
    }
  }
  for (const row of relations) {
    const [from, to, source] = [text(row.from), text(row.to), text(row.source)];
    const subject = `(${from ?? '?'})-[:${String(row.type)}]->(${to ?? '?'})${source === null ? '' : ` source ${quoted(source)}`}`;
    for (const raw of strings(row.rules)) {
      // Not found as it stands: found once whitespace is normalised on both sides is found.
      if (raw === 'relation-quote-ar?' && source !== null && normalise(texts.get(source) ?? '').includes(normalise(text(row.quoteAr) ?? ''))) continue;
      const rule = (raw === 'relation-quote-ar?' ? 'relation-quote-ar' : raw) as Rule;
      found.push({
        rule, elementId: String(row.elementId), subject, ids: [from, to, source].filter((x): x is string => x !== null),
        detail: relationDetail(rule, { type: String(row.type), source, quote: text(row.quoteAr) }),
      });
    }
  }
  return found;
}

/** What tells one violation from another, in one transaction. */
export function violationKey(v: Violation): string {
  return `${v.rule}\u0000${v.elementId}\u0000${v.detail}`;
}

/** Violations in `after` that `before` did not have: what happened in between is at fault for them. */
export function newViolations(before: readonly Violation[], after: readonly Violation[]): Violation[] {
  const known = new Set(before.map(violationKey));
  return after.filter((v) => !known.has(violationKey(v)));
}

/** `entity-kind  (:Entity {id: 'x'})  has no kind label from the vocabulary`, aligned for a column. */
export function formatViolation(v: Violation): string {
  return `${v.rule.padEnd(18)} ${v.subject}  ${v.detail}`;
}

/** The rules, one a line, for the end of a report. */
export function ruleList(rules: Iterable<Rule>): string[] {
  return [...new Set(rules)].map((rule) => `  ${rule.padEnd(18)} ${RULES[rule]}`);
}

function nodeDetail(rule: Rule, labels: string[], kindLabels: ReadonlySet<string>): string {
  switch (rule) {
    case 'node-label':
      return labels.length ? `is neither :Entity nor :Article (labels ${labels.join(', ')})` : 'has no label';
    case 'entity-kind': {
      const kinds = labels.filter((l) => kindLabels.has(l));
      const others = labels.filter((l) => !kindLabels.has(l) && l !== 'Entity');
      if (kinds.length === 0) return others.length ? `has no kind label from the vocabulary (${others.join(', ')} is not in it)` : 'has no kind label';
      if (kinds.length > 1) return `has ${kinds.length} kind labels (${kinds.join(', ')}): one only`;
      return `has labels outside the vocabulary: ${others.join(', ')}`;
    }
    case 'entity-id':
    case 'article-id':
      return 'has no id';
    case 'entity-name':
      return 'has no name';
    case 'article-text':
      return 'has no text (paragraphs or text)';
    default:
      return RULES[rule];
  }
}

function relationDetail(rule: Rule, r: { type: string; source: string | null; quote: string | null }): string {
  switch (rule) {
    case 'relation-type':
      return `${r.type} is not in the vocabulary`;
    case 'relation-source':
      return r.source === null ? 'has no source' : `source ${quoted(r.source)} names no :Article`;
    case 'relation-quote-ar':
      return r.quote === null ? 'has no quoteAr' : `quoteAr is not in the text of ${quoted(r.source ?? '')}: ${quoted(excerpt(r.quote))}`;
    case 'relation-quote-en':
      return 'has no quoteEn';
    case 'relation-claim':
      return `has no claim (${r.type} must say what)`;
    default:
      return RULES[rule];
  }
}

function articleText(row: Record<string, unknown>): string {
  if (Array.isArray(row.paragraphs)) return row.paragraphs.join('\n');
  return typeof row.text === 'string' ? row.text : '';
}

/** Quotes are compared with every run of whitespace made one space, on both sides. */
export function normalise(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function excerpt(value: string): string {
  const one = normalise(value);
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function quoted(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
