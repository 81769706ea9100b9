/**
 * One file, all or nothing: its schema statements on their own, then its data statements in one
 * transaction that is checked against the data contract before it commits.
 *
 * What a file is blamed for: the violations present after its statements that were not there before
 * them, compared within its own transaction. A database that already holds stray rows (written through
 * Neo4j Browser, say) therefore never makes a good file fail, while a file that breaks an element it did
 * not create (removes a name, deletes an article others cite) is caught. Neo4j Community has no change
 * feed to tell what a statement touched, so the check reads the whole graph: once before the first data
 * file of a load (later files start from the previous file's result) and once after each data file. On
 * the seed that is a few milliseconds a file; on a large store it is a scan per file, which `npm start`
 * avoids by skipping unchanged files.
 *
 * Only when a file fails is it run a second time, statement by statement, with a check after each one
 * that wrote something, to tell which statement's line each violation comes from; then it is rolled back.
 *
 * Sessions and transactions are db/writer.ts's: the metadata names the file (`loadSchema`, `loadFile`,
 * `locateViolations`), and Neo4j's failures come classified by the same mapping as the API's.
 */
import { findViolations, newViolations, violationKey, type Violation } from '../contract/check.js';
import { recordFile, recordVocabulary } from '../db/queries/meta.js';
import { WriteError, type CypherWriter, type WriteSession } from '../db/writer.js';
import type { Vocabulary } from '../vocabulary.js';
import { ContractError, LoadError, type LocatedViolation } from './errors.js';
import { isSchemaStatement, type Statement } from './split.js';

export interface FileReport {
  file: string;
  statements: number;
  schemaStatements: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  ms: number;
}

export interface ApplyFileOptions {
  writer: CypherWriter;
  /** As the messages name it. */
  file: string;
  statements: Statement[];
  /**
   * Shared by the files of one load: `baseline` is what the graph broke before this file, judged the
   * first time by the vocabulary the database held before the load (`before`), after that by the load's.
   */
  contract: { vocabulary: Vocabulary; before: Vocabulary; baseline: Violation[] | undefined };
  /** What to keep in the database with the file's data (db/queries/meta.ts). */
  record: { folder: string; file: string; sha256: string; vocabulary: string | null };
}

const WHOLE_FILE: Statement = { line: 0, text: '' };

export async function applyFile(options: ApplyFileOptions): Promise<FileReport> {
  const { file, statements, contract } = options;
  const started = Date.now();
  const report: FileReport = { file, statements: statements.length, schemaStatements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, ms: 0 };
  const schema = statements.filter((s) => isSchemaStatement(s.text));
  const data = statements.filter((s) => !isSchemaStatement(s.text));
  const about = { file };
  await options.writer.session(async (session) => {
    for (const statement of schema) {
      await runOrExplain(file, statement, () => session.run(statement.text, 'loadSchema', about));
      report.schemaStatements++;
    }
    if (schema.length > 0) await session.run('CALL db.awaitIndexes(300)', 'loadSchema', about);
    const tx = session.begin('loadFile', about);
    try {
      if (data.length > 0) {
        contract.baseline ??= await findViolations(tx.query, contract.before);
        for (const statement of data) {
          const { counters } = await runOrExplain(file, statement, () => tx.run(statement.text));
          report.nodesCreated += counters.nodesCreated;
          report.relationshipsCreated += counters.relationshipsCreated;
          report.propertiesSet += counters.propertiesSet;
        }
        const after = await findViolations(tx.query, contract.vocabulary);
        const found = newViolations(contract.baseline, after);
        if (found.length > 0) {
          await tx.rollback();
          throw new ContractError(file, await locate(session, file, data, contract, found));
        }
        contract.baseline = after;
      }
      // The bookkeeping and the commit are the file's as a whole: a failure there has no line.
      await runOrExplain(file, WHOLE_FILE, () => tx.run(recordFile(options.record)));
      await runOrExplain(file, WHOLE_FILE, () => tx.run(recordVocabulary(options.record.folder, options.record.vocabulary)));
      await runOrExplain(file, WHOLE_FILE, () => tx.commit());
    } finally {
      await tx.rollback();
    }
  });
  report.ms = Date.now() - started;
  return report;
}

/**
 * Runs the file again in a transaction that is always rolled back, checking after each statement that
 * wrote something; a violation is put on the line of the statement after which it (last) appeared.
 * Should the second run not reproduce them (a file using rand() or timestamps), the first run's
 * violations are reported without lines.
 */
async function locate(session: WriteSession, file: string, data: Statement[], contract: ApplyFileOptions['contract'], found: Violation[]): Promise<LocatedViolation[]> {
  const baseline = contract.baseline ?? [];
  const tx = session.begin('locateViolations', { file });
  try {
    const lineOf = new Map<string, number>();
    let present: Violation[] = [];
    for (const statement of data) {
      const { counters } = await runOrExplain(file, statement, () => tx.run(statement.text));
      if (!counters.updates) continue;
      const before = new Set(present.map(violationKey));
      present = newViolations(baseline, await findViolations(tx.query, contract.vocabulary));
      for (const v of present) if (!before.has(violationKey(v))) lineOf.set(violationKey(v), statement.line);
    }
    if (present.length === 0) return found.map((v) => ({ ...v, line: undefined }));
    return present.map((v) => ({ ...v, line: lineOf.get(violationKey(v)) })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  } catch {
    return found.map((v) => ({ ...v, line: undefined }));
  } finally {
    await tx.rollback();
  }
}

/** A statement Neo4j refused, as a LoadError on the file's line (line 0: the file as a whole). */
async function runOrExplain<T>(file: string, statement: Statement, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    // Syntax errors point inside the statement ("line 3, column 5"); that becomes a line of the file.
    const line = statement.line > 0 && error.lineInStatement !== undefined ? statement.line + error.lineInStatement - 1 : statement.line;
    throw new LoadError(file, line, error.serverMessage, error.code, error.kind);
  }
}
