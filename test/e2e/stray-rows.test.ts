/**
 * The explorer in Chromium over a database holding rows the loader never saw (test/support/stray-rows.ts):
 * DeepSeek's inspector and Stance panel show them plainly — kind "No kind", "No evidence recorded" — with
 * no error banner. And a request that fails leaves no panel spinning: the panel says what failed and
 * offers a retry that works.
 */
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closePages, launchBrowser, openPage, screenshot, startExplorer, type OpenPage, type RunningExplorer } from '../support/browser.js';
import { testDatabase, testDriver } from '../support/neo4j.js';
import { addStrayRows, removeStrayRows } from '../support/stray-rows.js';

let driver: Driver;
let explorer: RunningExplorer;
let browser: Browser;
const open: OpenPage[] = [];

beforeAll(async () => {
  driver = testDriver();
  await removeStrayRows(driver);
  await addStrayRows(driver);
  explorer = await startExplorer({ driver, database: testDatabase(), logWarning: () => {} });
  browser = await launchBrowser();
}, 240_000);

afterEach(async (test) => {
  await closePages(open, test.task.result?.state === 'fail');
});

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
  await removeStrayRows(driver);
  await driver?.close();
});

async function visit(path: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const { page, problems } = await openPage(context);
  open.push({ context, problems });
  await before?.(page);
  await page.goto(`${explorer.url}${path}`);
  await page.waitForFunction(() => window.explorer?.ready === true, null, { timeout: 30_000 });
  return page;
}

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const spinners = (page: Page) => details(page).locator('.spinner');
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

/** Fails every GraphQL request whose operation is `operation` while `failing()` says so. */
async function failOperation(page: Page, operation: string, failing: () => boolean): Promise<void> {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { query?: string } | null;
    if (failing() && body?.query?.startsWith(`query ${operation}`)) {
      await route.fulfill({ status: 200, json: { errors: [{ message: 'The query ran past its time budget.', extensions: { code: 'QUERY_TIMEOUT' } }] } });
      return;
    }
    await route.continue();
  });
}

describe('stray rows in Chromium', { timeout: 90_000 }, () => {
  it('DeepSeek\'s inspector and Stance panel show them plainly, with no error banner', async () => {
    const page = await visit('/?node=deepseek');
    const panel = details(page);
    await panel.getByRole('heading', { name: 'DeepSeek', exact: true }).waitFor();
    await panel.getByText('Stray without a kind').first().waitFor();
    expect(await panel.getByRole('button', { name: /Stray spaceship/ }).first().getAttribute('title')).toMatch(/^No kind:/);
    expect(await panel.getByText('No evidence recorded').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Kinds' }).getByText('No kind').count()).toBe(1);

    await panel.getByRole('button', { name: 'Stance' }).click();
    const endorse = panel.getByRole('region', { name: 'Endorse it' });
    const doubt = panel.getByRole('region', { name: 'Doubt it' });
    await endorse.waitFor();
    expect(await endorse.getByRole('listitem').count()).toBe(4);
    expect(await doubt.getByRole('listitem').count()).toBe(3);
    const sourceless = endorse.getByRole('listitem').filter({ hasText: 'Andrew Ng' });
    expect(await sourceless.getByText('No evidence recorded').isVisible()).toBe(true);
    expect(await doubt.getByText('Stray spaceship').isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await spinners(page).count()).toBe(0);
    await screenshot(page, 'stray-rows-stance');
  });

  it('a failed stance request leaves no spinner: the panel says what failed, and Retry loads it', async () => {
    let failing = true;
    const page = await visit('/?node=deepseek', (p) => failOperation(p, 'Stance', () => failing));
    const panel = details(page);
    await panel.getByRole('heading', { name: 'DeepSeek', exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Stance' }).click();
    await panel.getByText('The stance could not be loaded.').waitFor();
    // What failed in the interface's words, then the server's own message, set apart as such.
    const said = await panel.textContent();
    expect(said).toMatch(/Query failed\. The database took too long to answer\./);
    expect(said).toMatch(/What the server said\s*The query ran past its time budget\./);
    expect(await spinners(page).count()).toBe(0);
    expect(await panel.getAttribute('aria-busy')).toBe('false');
    await screenshot(page, 'stray-rows-stance-failed');
    failing = false;
    await panel.getByRole('button', { name: 'Retry' }).click();
    await panel.getByRole('region', { name: 'Endorse it' }).waitFor();
    expect(await panel.getByText('The stance could not be loaded.').count()).toBe(0);
  });

  it('a failed details request leaves no "Loading relations…": the node stays, its relations say what failed', async () => {
    let failing = true;
    const page = await visit('/', (p) => failOperation(p, 'EntityDetail', () => failing));
    await page.waitForFunction(() => window.explorer?.settled() === true, null, { timeout: 30_000 });
    const at = await page.evaluate(() => window.explorer?.position('openai') ?? null);
    if (!at) throw new Error('openai is not drawn');
    await page.mouse.click(at.x, at.y);
    const panel = details(page);
    await panel.getByText('The relations could not be loaded.').waitFor();
    await poll(() => spinners(page).count()).toBe(0);
    expect(await panel.getByRole('heading', { name: 'OpenAI' }).isVisible()).toBe(true);
    failing = false;
    await panel.getByRole('button', { name: 'Retry' }).click();
    await panel.getByRole('heading', { name: 'Relations' }).waitFor();
    expect(await spinners(page).count()).toBe(0);
  });
});
