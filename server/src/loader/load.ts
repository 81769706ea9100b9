/**
 * The one loader: applies a folder of `.cypher` files in name order. Schema statements run on their own
 * (Neo4j refuses them inside a data transaction); each file's data statements run in one transaction,
 * so a bad file leaves nothing of itself behind. `npm start`, `npm run load`, docker compose and the
 * tests all come through here.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { isSchemaStatement, splitStatements, type Statement } from './split.js';
import type { Driver } from 'neo4j-driver';

export interface LoadOptions {
  driver: Driver;
  /** Folder of `.cypher` files, applied in file-name order. */
  dir: string;
  /** @default the server's default database */
  database?: string;
  /** Progress lines. @default no output */
  log?: (line: string) => void;
}

export interface FileReport {
  file: string;
  statements: number;
  schemaStatements: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  ms: number;
}

export interface LoadReport {
  files: FileReport[];
  nodes: number;
  relationships: number;
}

/** A statement the server refused: says where (`file:line`) and what the server said. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly serverMessage: string,
    readonly code: string | undefined,
  ) {
    super(`${file}:${line}: ${serverMessage}`);
  }
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
  const files = await listCypherFiles(options.dir);
  const reports: FileReport[] = [];
  for (const file of files) {
    const statements = splitStatements(await readFile(file, 'utf8'));
    const report = await applyFile(driver, database, path.relative(process.cwd(), file) || file, statements);
    reports.push(report);
    log(`  ${path.basename(file).padEnd(28)} ${String(report.statements).padStart(4)} statements  ` +
      `+${report.nodesCreated} nodes  +${report.relationshipsCreated} relationships  ${report.propertiesSet} properties set  (${report.ms} ms)`);
  }
  const counts = await countGraph(driver, database);
  log(`  loaded: ${counts.nodes} nodes, ${counts.relationships} relationships`);
  return { files: reports, ...counts };
}

async function applyFile(driver: Driver, database: string | undefined, file: string, statements: Statement[]): Promise<FileReport> {
  const started = Date.now();
  const report: FileReport = { file, statements: statements.length, schemaStatements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, ms: 0 };
  const schema = statements.filter((s) => isSchemaStatement(s.text));
  const data = statements.filter((s) => !isSchemaStatement(s.text));
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of schema) {
      await runOrExplain(file, statement, () => session.run(statement.text));
      report.schemaStatements++;
    }
    if (schema.length > 0) await session.run('CALL db.awaitIndexes(300)');
    if (data.length > 0) {
      const tx = session.beginTransaction();
      try {
        for (const statement of data) {
          const result = await runOrExplain(file, statement, () => tx.run(statement.text));
          const counters = result.summary.counters.updates();
          report.nodesCreated += counters.nodesCreated;
          report.relationshipsCreated += counters.relationshipsCreated;
          report.propertiesSet += counters.propertiesSet;
        }
        await tx.commit();
      } catch (error) {
        if (tx.isOpen()) await tx.rollback();
        throw error;
      }
    }
  } finally {
    await session.close();
  }
  report.ms = Date.now() - started;
  return report;
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

export async function countGraph(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {}, { database, routing: 'READ' });
  const record = records[0];
  return { nodes: Number(record?.get('nodes') ?? 0), relationships: Number(record?.get('relationships') ?? 0) };
}
