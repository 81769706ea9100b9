/**
 * The dataset is plain Cypher: Neo4j's own cypher-shell applies every file unchanged, and because the
 * files MERGE on unique keys, applying them over the loaded seed changes nothing.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fetchCypherShellJars } from '../../neo4j/local.js';
import { createDriver } from '../../server/src/db/driver.js';
import { countGraph, listCypherFiles } from '../../server/src/loader/load.js';
import { defaultCypherDir, projectRoot } from '../../server/src/paths.js';
import { testDatabase, testNeo4j } from '../support/neo4j.js';

const run = promisify(execFile);

describe('cypher/ in cypher-shell', () => {
  it('every file runs unchanged and changes no count', { timeout: 180_000 }, async () => {
    const lib = await fetchCypherShellJars({ root: process.env.NEO4J_LOCAL_DIR ?? path.join(projectRoot, '.neo4j') });
    const { uri, user, password } = testNeo4j();
    const driver = createDriver(testNeo4j());
    try {
      const before = await countGraph(driver, testDatabase());
      for (const file of await listCypherFiles(defaultCypherDir)) {
        const args = ['-cp', `${lib}${path.sep}*`, 'org.neo4j.shell.Main', '-a', uri, '-u', user, '--fail-fast', '-f', file];
        const database = testDatabase();
        if (database) args.push('-d', database);
        const result = await run('java', args, { env: { ...process.env, NEO4J_PASSWORD: password } })
          .then((r) => ({ code: 0, stderr: r.stderr }), (e: { code: number; stderr: string }) => e);
        expect({ file: path.basename(file), code: result.code, stderr: result.stderr }).toEqual({ file: path.basename(file), code: 0, stderr: '' });
      }
      expect(await countGraph(driver, testDatabase())).toEqual(before);
    } finally {
      await driver.close();
    }
  });
});
