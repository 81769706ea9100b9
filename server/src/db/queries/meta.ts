/**
 * The loader's bookkeeping, kept in the database beside the data it describes: one `:KgMeta` node per
 * applied file (its content hash, so a start with an unchanged dataset can skip the load) and one per
 * folder that brought its own vocabulary.json (so a server started later, without the folder, still
 * knows its kinds and relation types). Not :Entity, not :Article: no view reads them as data, and the
 * contract check passes over them. Keyed by the folder's absolute path and the file's name.
 */
import type { CypherQuery } from '../executor.js';
import { META_LABEL } from './contract.js';
import { query } from './fragments.js';

export function storedVocabularies(): CypherQuery {
  return query('metaVocabularies', `
MATCH (m:${META_LABEL} {kind: 'vocabulary'})
RETURN m.folder AS folder, m.json AS json
ORDER BY folder`, {});
}

/** What a load needs to know, in one round trip: every stored vocabulary, and the folder's applied files. */
export function loaderMeta(folder: string): CypherQuery {
  return query('metaForLoad', `
MATCH (m:${META_LABEL})
WHERE m.kind = 'vocabulary' OR (m.kind = 'file' AND m.folder = $folder)
RETURN m.kind AS kind, m.folder AS folder, m.file AS file, m.sha256 AS sha256, m.json AS json
ORDER BY folder, file`, { folder });
}

export interface AppliedFile {
  folder: string;
  file: string;
  sha256: string;
}

/** Written in the file's own transaction: the hash is there exactly when the file's data is. */
export function recordFile(applied: AppliedFile): CypherQuery {
  return query('metaRecordFile', `
MERGE (m:${META_LABEL} {kind: 'file', folder: $folder, file: $file})
SET m.sha256 = $sha256, m.appliedAt = datetime()`, { ...applied });
}

/**
 * Likewise: a file's kinds are known to the database exactly when its data is. Null: the folder adds
 * nothing (any more), and what it once added is forgotten.
 */
export function recordVocabulary(folder: string, json: string | null): CypherQuery {
  if (json === null) {
    return query('metaForgetVocabulary', `
MATCH (m:${META_LABEL} {kind: 'vocabulary', folder: $folder})
DELETE m`, { folder });
  }
  return query('metaRecordVocabulary', `
MERGE (m:${META_LABEL} {kind: 'vocabulary', folder: $folder})
SET m.json = $json`, { folder, json });
}

/** Nodes and relationships of the data, the bookkeeping nodes left out. */
export function graphCounts(): CypherQuery {
  // Three counts from Neo4j's count store: instant at any size, where `WHERE NOT n:KgMeta` would scan.
  return query('graphCounts', `
CALL () { MATCH (n) RETURN count(n) AS all } CALL () { MATCH (m:${META_LABEL}) RETURN count(m) AS meta }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - meta AS nodes, relationships`, {});
}
