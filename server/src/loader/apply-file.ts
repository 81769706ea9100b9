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
 */
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { findViolations, newViolations, violationKey, type Violation } from '../contract/check.js';
import { recordFile, recordVocabulary } from '../db/queries/meta.js';
import { runIn } from '../db/runners.js';
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
  driver: Driver;
  database: string | undefined;
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

export async function applyFile(options: ApplyFileOptions): Promise<FileReport> {
  const { file, statements, contract } = options;
  const started = Date.now();
  const report: FileReport = { file, statements: statements.length, schemaStatements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, ms: 0 };
  const schema = statements.filter((s) => isSchemaStatement(s.text));
  const data = statements.filter((s) => !isSchemaStatement(s.text));
  const session = options.driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of schema) {
      await runOrExplain(file, statement, () => session.run(statement.text));
      report.schemaStatements++;
    }
    if (schema.length > 0) await session.run('CALL db.awaitIndexes(300)');
    const tx = session.beginTransaction();
    try {
      const run = runIn(tx);
      if (data.length > 0) {
        contract.baseline ??= await findViolations(run, contract.before);
        for (const statement of data) {
          const counters = (await runOrExplain(file, statement, () => tx.run(statement.text))).summary.counters.updates();
          report.nodesCreated += counters.nodesCreated;
          report.relationshipsCreated += counters.relationshipsCreated;
          report.propertiesSet += counters.propertiesSet;
        }
        const after = await findViolations(run, contract.vocabulary);
        const found = newViolations(contract.baseline, after);
        if (found.length > 0) {
          await tx.rollback();
          throw new ContractError(file, await locate(session, file, data, contract, found));
        }
        contract.baseline = after;
      }
      await run(recordFile(options.record));
      await run(recordVocabulary(options.record.folder, options.record.vocabulary));
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } finally {
    await session.close();
  }
  report.ms = Date.now() - started;
  return report;
}

/**
 * Runs the file again in a transaction that is always rolled back, checking after each statement that
 * wrote something; a violation is put on the line of the statement after which it (last) appeared.
 * Should the second run not reproduce them (a file using rand() or timestamps), the first run's
 * violations are reported without lines.
 */
async function locate(session: Session, file: string, data: Statement[], contract: ApplyFileOptions['contract'], found: Violation[]): Promise<LocatedViolation[]> {
  const baseline = contract.baseline ?? [];
  const tx: Transaction = session.beginTransaction();
  try {
    const run = runIn(tx);
    const lineOf = new Map<string, number>();
    let present: Violation[] = [];
    for (const statement of data) {
      const result = await runOrExplain(file, statement, () => tx.run(statement.text));
      if (!result.summary.counters.containsUpdates()) continue;
      const before = new Set(present.map(violationKey));
      present = newViolations(baseline, await findViolations(run, contract.vocabulary));
      for (const v of present) if (!before.has(violationKey(v))) lineOf.set(violationKey(v), statement.line);
    }
    if (present.length === 0) return found.map((v) => ({ ...v, line: undefined }));
    return present.map((v) => ({ ...v, line: lineOf.get(violationKey(v)) })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  } catch {
    return found.map((v) => ({ ...v, line: undefined }));
  } finally {
    if (tx.isOpen()) await tx.rollback();
  }
}

async function runOrExplain<T>(file: string, statement: Statement, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const { message, code } = serverError(error);
    // Syntax errors point inside the statement ("line 3, column 5"); turn that into a line of the file.
    const inner = /\(line (\d+), column \d+/.exec(message);
    const line = inner ? statement.line + Number(inner[1]) - 1 : statement.line;
    throw new LoadError(file, line, firstLine(message), code);
  }
}

function serverError(error: unknown): { message: string; code: string | undefined } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { message: error.message, code: typeof code === 'string' ? code : undefined };
  }
  return { message: String(error), code: undefined };
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() || text.trim();
}
