/**
 * The vocabulary a database was loaded with: the base (cypher/vocabulary.json) extended by what folders
 * loaded with `--dir` brought (kept in `:KgMeta` nodes by the loader, db/queries/meta.ts). The server reads
 * it once at start, so a folder's kinds and relation types are in the API's enums without the folder.
 */
import { mergeVocabularyDocs, parseVocabularyDoc, vocabularyOf, loadVocabulary, type Vocabulary, type VocabularyDoc } from '../vocabulary.js';
import type { Driver } from 'neo4j-driver';
import { storedVocabularies } from './queries/meta.js';
import type { Row } from './executor.js';
import { runReads, type RunQuery } from './runners.js';

export interface StoredVocabulary extends Vocabulary {
  /** Stored vocabularies that could not be used, each with why (the rest still are). */
  problems: string[];
}

export async function readStoredVocabulary(run: RunQuery, options: { base?: Vocabulary; except?: string } = {}): Promise<StoredVocabulary> {
  return mergeStored(await run(storedVocabularies()), options);
}

/** The base extended by stored vocabularies (rows with `folder` and `json`), but the `except` folder's. */
export function mergeStored(rows: readonly Row[], options: { base?: Vocabulary; except?: string } = {}): StoredVocabulary {
  const base = options.base ?? loadVocabulary();
  let doc: VocabularyDoc = base.doc;
  const problems: string[] = [];
  for (const row of rows) {
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

/**
 * For a server about to start: the stored vocabulary, or the base one when Neo4j does not answer within
 * `timeoutMs` (the server still starts, and says so; a restart picks the stored kinds up).
 */
export async function vocabularyForServer(options: { driver: Driver; database?: string | undefined; log: (line: string) => void; timeoutMs?: number }): Promise<Vocabulary> {
  const base = loadVocabulary();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Neo4j did not answer')), options.timeoutMs ?? 10_000);
  });
  try {
    const stored = await Promise.race([readStoredVocabulary(runReads(options.driver, options.database), { base }), timeout]);
    for (const problem of stored.problems) options.log(`Vocabulary: ${problem} (left out)`);
    return stored;
  } catch (error) {
    options.log(`Vocabulary: could not read the one stored with the data (${error instanceof Error ? error.message : String(error)}); serving cypher/vocabulary.json's only`);
    return base;
  } finally {
    clearTimeout(timer);
  }
}
