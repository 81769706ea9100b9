/**
 * The vocabulary a database was loaded with: the base (cypher/vocabulary.json) extended by what folders
 * loaded with `--dir` brought (kept in `:KgMeta` nodes by the loader, db/queries/meta.ts). The server reads
 * it once at start, so a folder's kinds and relation types are in the API's enums without the folder.
 */
import { mergeVocabularyDocs, parseVocabularyDoc, vocabularyOf, loadVocabulary, type Vocabulary, type VocabularyDoc } from '../vocabulary.js';
import { storedVocabularies } from './queries/meta.js';
import type { RunQuery } from './runners.js';

export interface StoredVocabulary extends Vocabulary {
  /** Stored vocabularies that could not be used, each with why (the rest still are). */
  problems: string[];
}

export async function readStoredVocabulary(run: RunQuery, options: { base?: Vocabulary; except?: string } = {}): Promise<StoredVocabulary> {
  const base = options.base ?? loadVocabulary();
  let doc: VocabularyDoc = base.doc;
  const problems: string[] = [];
  for (const row of await run(storedVocabularies())) {
    const folder = String(row.folder);
    if (folder === options.except) continue;
    const from = `the vocabulary stored for ${folder}`;
    try {
      doc = mergeVocabularyDocs(doc, { doc: parseVocabularyDoc(JSON.parse(String(row.json)) as unknown, from, { partial: true }), from });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { ...vocabularyOf(doc), problems };
}
