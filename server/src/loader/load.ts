/**
 * The one loader: applies a folder of `.cypher` files in name order. Schema statements run on their own
 * (Neo4j refuses them inside a data transaction); each file's data statements run in one transaction,
 * checked against the data contract before it commits (apply-file.ts), so a bad file leaves nothing of
 * itself behind. `npm start`, `npm run load`, docker compose and the tests all come through here.
 *
 * A folder may bring a `vocabulary.json` of its own (more kinds and relation types), merged with the
 * base one; it is kept in the database with the folder's data, so the server knows it after a restart.
 * Each applied file's content hash is kept there too: with `skipUnchanged` (what `npm start` asks for) a
 * file whose hash the database already holds is not applied again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Violation } from '../contract/check.js';
import type { Driver } from '../db/driver.js';
import type { Row } from '../db/executor.js';
import { graphCounts, loaderMeta } from '../db/queries/meta.js';
import { runReads } from '../db/runners.js';
import { mergeStored } from '../db/stored-vocabulary.js';
import { CypherWriter } from '../db/writer.js';
import { defaultCypherDir } from '../paths.js';
import { additions, loadVocabulary, mergeVocabularyDocs, readVocabularyDoc, vocabularyOf, type Vocabulary } from '../vocabulary.js';
import { applyFile, type FileReport } from './apply-file.js';
import { LoadError } from './errors.js';
import { splitStatements } from './split.js';

export type { FileReport } from './apply-file.js';
export { ContractError, LoadError, type LocatedViolation } from './errors.js';

export interface LoadOptions {
  driver: Driver;
  /** Folder of `.cypher` files, applied in file-name order. */
  dir: string;
  /** @default the server's default database */
  database?: string | undefined;
  /** Progress lines. @default no output */
  log?: (line: string) => void;
  /**
   * Leave out files the database says were applied with the same content (and the same vocabulary):
   * `npm start` restarts without re-running an unchanged dataset. @default false (apply every file)
   */
  skipUnchanged?: boolean;
}

export interface LoadReport {
  files: FileReport[];
  /** Files left out by `skipUnchanged`. */
  skipped: string[];
  /** Counted after a load; null when every file was skipped (nothing changed, nothing counted). */
  nodes: number | null;
  relationships: number | null;
  /** What the files were checked against, and what the database's stored vocabulary now adds up to. */
  vocabulary: Vocabulary;
}

export async function listCypherFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    throw new LoadError(dir, 0, 'no such folder of .cypher files', undefined);
  }
  const files = entries.filter((f) => f.endsWith('.cypher')).sort((a, b) => a.localeCompare(b, 'en'));
  if (files.length === 0) throw new LoadError(dir, 0, 'the folder holds no .cypher files', undefined);
  return files.map((f) => path.join(dir, f));
}

export async function loadCypherDir(options: LoadOptions): Promise<LoadReport> {
  const { driver, database, log = () => {} } = options;
  const folder = path.resolve(options.dir);
  const files = await listCypherFiles(folder);
  const meta = await runReads(driver, database)(loaderMeta(folder));
  const { before, vocabulary, extension } = folderVocabulary(meta, folder);
  const applied = new Map(options.skipUnchanged ? meta.filter((m) => m.kind === 'file').map((m) => [String(m.file), String(m.sha256)]) : []);
  // The hash covers the vocabulary the file is checked against (the base and the folder's own; other
  // folders' cannot change what this one's labels mean): a new kind in vocabulary.json applies (and
  // records) the folder again.
  const vocabularyHash = JSON.stringify([loadVocabulary().doc, extension]);
  const contract = { vocabulary, before, baseline: undefined as Violation[] | undefined };
  const writer = new CypherWriter({ driver, database });
  const reports: FileReport[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const name = path.basename(file);
    const sha256 = createHash('sha256').update(source).update('\0').update(vocabularyHash).digest('hex');
    if (applied.get(name) === sha256) {
      skipped.push(name);
      log(`  ${name.padEnd(28)} unchanged since it was applied: skipped`);
      continue;
    }
    const report = await applyFile({
      writer, contract, file: path.relative(process.cwd(), file) || file, statements: splitStatements(source),
      record: { folder, file: name, sha256, vocabulary: extension },
    });
    reports.push(report);
    log(`  ${name.padEnd(28)} ${String(report.statements).padStart(4)} statements  ` +
      `+${report.nodesCreated} nodes  +${report.relationshipsCreated} relationships  ${report.propertiesSet} properties set  (${report.ms} ms)`);
  }
  if (skipped.length === files.length) {
    log('  nothing to load: the database holds every file as it was applied');
    return { files: reports, skipped, nodes: null, relationships: null, vocabulary };
  }
  const counts = await countGraph(driver, database);
  log(`  loaded: ${counts.nodes} nodes, ${counts.relationships} relationships`);
  return { files: reports, skipped, ...counts, vocabulary };
}

/**
 * What this folder's files are checked against: the base vocabulary, every vocabulary another folder
 * left in the database, and this folder's own vocabulary.json (if any; the base folder's is the base).
 * `before` is what the database holds now (this folder's stored vocabulary included): what was broken
 * before a file is judged by it, so a vocabulary.json that drops a kind still in use is caught.
 * `extension` is what the folder adds to the base, as it is stored (null: nothing).
 */
function folderVocabulary(meta: readonly Row[], folder: string) {
  const base = loadVocabulary();
  const file = path.join(folder, 'vocabulary.json');
  const own = folder !== defaultCypherDir && existsSync(file) ? readOwnVocabulary(file) : null;
  const added = own ? additions(base.doc, own) : null;
  const stored = meta.filter((m) => m.kind === 'vocabulary');
  const before = mergeStored(stored, { base });
  const others = mergeStored(stored, { base, except: folder });
  // Checked against less than the database was loaded with, a good file could be refused.
  const problems = [...new Set([...before.problems, ...others.problems])];
  if (problems.length > 0) throw new LoadError(file, 0, problems.join('; '), undefined);
  try {
    const merged = added ? mergeVocabularyDocs(others.doc, { doc: added, from: file }) : others.doc;
    return { before, vocabulary: vocabularyOf(merged), extension: added ? JSON.stringify(added) : null };
  } catch (error) {
    throw new LoadError(file, 0, error instanceof Error ? error.message : String(error), undefined);
  }
}

function readOwnVocabulary(file: string) {
  try {
    return readVocabularyDoc(file, { partial: true });
  } catch (error) {
    throw new LoadError(file, 0, error instanceof Error ? error.message.replace(`${file}: `, '') : String(error), undefined);
  }
}

/** Nodes and relationships of the data; the loader's bookkeeping nodes are not counted. */
export async function countGraph(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const [row] = await runReads(driver, database)(graphCounts());
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}
