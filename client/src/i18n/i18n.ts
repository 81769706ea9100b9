/**
 * The interface's language: the two catalogues, the current one, and who to tell when it changes.
 * Knows nothing of the DOM or the graph; ui/ and app/ read `m` when they render and re-render on change.
 */
import { ar } from './ar.js';
import { en, type Messages } from './en.js';
import type { Language } from './format.js';

export type { Messages } from './en.js';
export { LANGUAGES, isLanguage, type Language } from './format.js';

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, ar };

export interface I18n {
  readonly lang: Language;
  /** The current catalogue. */
  readonly m: Messages;
  readonly dir: 'ltr' | 'rtl';
  set(lang: Language): void;
  /** Called after every change of language; returns a function that unsubscribes. */
  onChange(listener: (lang: Language) => void): () => void;
}

export function createI18n(initial: Language = 'en'): I18n {
  let lang = initial;
  const listeners = new Set<(lang: Language) => void>();
  return {
    get lang() {
      return lang;
    },
    get m() {
      return CATALOGUES[lang];
    },
    get dir() {
      return lang === 'ar' ? 'rtl' : 'ltr';
    },
    set(next) {
      if (next === lang) return;
      lang = next;
      for (const listener of [...listeners]) listener(lang);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type KindKey = keyof Messages['kinds'];
type RelationKey = keyof Messages['relations'];
type FactKey = keyof Messages['facts'];

const has = <K extends string>(table: Record<K, unknown>, key: string): key is K => Object.hasOwn(table, key);

/** A kind's name; a kind the catalogue does not know yet is shown as its enum, in words ("NEW_KIND" -> "new kind"). */
export function kindName(m: Messages, kind: string, form: 'one' | 'many' = 'one'): string {
  return has<KindKey>(m.kinds, kind) ? m.kinds[kind][form] : readable(kind);
}

/** A relation type's words: `label` on the edge, `heading` and `incoming` over a node's lists. */
export function relationName(m: Messages, type: string): Messages['relations'][RelationKey] {
  if (has<RelationKey>(m.relations, type)) return m.relations[type];
  const words = readable(type);
  return { label: words, heading: words, incoming: words };
}

/** A fact's name (`trainingCost` -> "Training cost"), from the catalogue or, unknown, from the key. */
export function factName(m: Messages, key: string): string {
  if (has<FactKey>(m.facts, key)) return m.facts[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function readable(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

/** A message not yet in a language: resolved when shown, and again when the language changes. */
export type Text = (m: Messages) => string;
