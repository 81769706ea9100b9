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

/** What a loaded folder's vocabulary says of the kinds and relation types it added (the API's `vocabulary`). */
export interface VocabularyNames {
  kinds: readonly { kind: string; label: string }[];
  relationTypes: readonly { type: string }[];
}

/** Names `useVocabularyNames` gave, by catalogue: data from the server, which no catalogue can hold. */
const served = new Map<Messages, { kinds: Map<string, string>; relations: Map<string, string> }>();

/**
 * Names for kinds and relation types the catalogues do not have, from the server's vocabulary: a kind by its
 * label in words (`SpaceProbe` -> "Space probe"), a type by its name in words. The Arabic interface shows
 * the same English name, as it does other names it cannot translate.
 */
export function useVocabularyNames(vocabulary: VocabularyNames): void {
  for (const m of Object.values(CATALOGUES)) {
    const names = served.get(m) ?? { kinds: new Map<string, string>(), relations: new Map<string, string>() };
    for (const k of vocabulary.kinds) if (!has<KindKey>(m.kinds, k.kind)) names.kinds.set(k.kind, labelWords(k.label));
    for (const t of vocabulary.relationTypes) if (!has<RelationKey>(m.relations, t.type)) names.relations.set(t.type, readable(t.type));
    served.set(m, names);
  }
}

/** A kind's name; one the catalogue and the server's vocabulary do not name is shown as its enum, in words ("NEW_KIND" -> "new kind"). */
export function kindName(m: Messages, kind: string, form: 'one' | 'many' = 'one'): string {
  return has<KindKey>(m.kinds, kind) ? m.kinds[kind][form] : served.get(m)?.kinds.get(kind) ?? readable(kind);
}

/** A relation type's words: `label` on the edge, `heading` and `incoming` over a node's lists. */
export function relationName(m: Messages, type: string): Messages['relations'][RelationKey] {
  if (has<RelationKey>(m.relations, type)) return m.relations[type];
  const words = served.get(m)?.relations.get(type) ?? readable(type);
  return { label: words, heading: words, incoming: words };
}

/** A fact's name (`trainingCost` -> "Training cost"), from the catalogue or, unknown, from the key. */
export function factName(m: Messages, key: string): string {
  return has<FactKey>(m.facts, key) ? m.facts[key] : labelWords(key);
}

function readable(name: string): string {
  return name.toLowerCase().replace(/_/g, ' ');
}

/** `SpaceProbe` -> "Space probe", `trainingCost` -> "Training cost" */
function labelWords(label: string): string {
  const words = label.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A message not yet in a language: resolved when shown, and again when the language changes. */
export type Text = (m: Messages) => string;
