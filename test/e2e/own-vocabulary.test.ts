/**
 * A folder's own kinds in Chromium, after a "restart" (an explorer started over the database the folder
 * was loaded into, reading the vocabulary kept there): the legend lists the new kind and relation type
 * with the colour the folder's vocabulary.json gives, and the inspector names the kind.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vocabularyForServer } from '../../server/src/db/stored-vocabulary.js';
import { loadCypherDir } from '../../server/src/loader/load.js';
import { projectRoot } from '../../server/src/paths.js';
import { launchBrowser, openPage, startExplorer, type RunningExplorer } from '../support/browser.js';
import { forgetFixtureFolders } from '../support/fixtures.js';
import { testDatabase, testDriver } from '../support/neo4j.js';

let driver: Driver;
let explorer: RunningExplorer;
let browser: Browser;

beforeAll(async () => {
  driver = testDriver();
  await loadCypherDir({ driver, dir: path.join(projectRoot, 'test', 'fixtures', 'own-vocabulary'), database: testDatabase() });
  const vocabulary = await vocabularyForServer({ driver, database: testDatabase(), log: () => {} });
  explorer = await startExplorer({ driver, database: testDatabase(), vocabulary });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
  await driver.executeQuery("MATCH (n) WHERE n.id IN ['fixture-spaceflight', 'fixture-agency', 'fixture-probe'] DETACH DELETE n", {}, { database: testDatabase() });
  await forgetFixtureFolders(driver);
  await driver?.close();
});

describe('a folder\'s own vocabulary in Chromium', { timeout: 90_000 }, () => {
  it('the legend shows its kind and relation type in their colours; the inspector names the kind', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    try {
      const { page, problems } = await openPage(context);
      await page.goto(`${explorer.url}/?node=fixture-probe`);
      await page.waitForFunction(() => window.explorer?.ready === true, null, { timeout: 30_000 });
      const kind = page.getByRole('list', { name: 'Kinds' }).getByRole('button', { name: /Spacecraft/ });
      expect(await kind.evaluate((b) => (b as HTMLElement).style.getPropertyValue('--mark-color'))).toBe('#1f6f8b');
      const type = page.getByRole('list', { name: 'Relation types' }).getByRole('button', { name: /launched/ });
      expect(await type.evaluate((b) => (b as HTMLElement).style.getPropertyValue('--mark-color'))).toBe('#b5651d');
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByRole('heading', { name: 'Fixture Probe' }).waitFor();
      expect(await details.getByText('Spacecraft', { exact: true }).count()).toBeGreaterThan(0);
      expect(problems.errors).toEqual([]);
      expect(problems.csp).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
