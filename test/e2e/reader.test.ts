/**
 * The article reader and the corpus in real Chromium against the real stack (createApp over the seeded
 * test Neo4j, the built client under its CSP): from an edge's evidence to its sentence in the article,
 * from a marked sentence to its relations on the canvas, links that reopen both, sources hidden from the
 * legend with a second article loaded, on a desktop and on a phone, in English and in Arabic, with
 * axe-core. Screenshots go to test-results/screenshots/reader-*.png.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../client/src/i18n/ar.js';
import { en } from '../../client/src/i18n/en.js';
import { loadCypherDir } from '../../server/src/loader/load.js';
import { projectRoot } from '../../server/src/paths.js';
import { axeViolations, closePages, launchBrowser, openPage, screenshot, startExplorer, type OpenPage, type RunningExplorer } from '../support/browser.js';
import { removeSecondArticle } from '../support/fixtures.js';
import { testDatabase, testDriver } from '../support/neo4j.js';

const ARTICLE = 'congluan-post332892';
const SECOND = 'fixture-second-article';
const DOUBT = `yann-lecun>DOUBTS>deepseek@${ARTICLE}`;

interface QuoteAnswer { id: string; text: string; relations: { id: string; from: { id: string }; to: { id: string } }[] }

let driver: Driver;
let explorer: RunningExplorer;
let browser: Browser;
let quotes: QuoteAnswer[];
const open: OpenPage[] = [];

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${explorer.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function poll<T>(fn: () => Promise<T> | T) {
  return expect.poll(fn, { timeout: 15_000, interval: 100 });
}

async function visit(url: string, screen: { width: number; height: number; touch?: boolean } = { width: 1400, height: 900 }): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height }, isMobile: screen.touch ?? false, hasTouch: screen.touch ?? false, locale: 'en-US',
  });
  const { page, problems } = await openPage(context);
  open.push({ context, problems });
  await page.goto(`${explorer.url}${url}`);
  await page.waitForFunction(() => window.explorer?.ready === true && window.explorer.settled(), null, { timeout: 60_000 });
  return page;
}

const selectedIds = (page: Page) => page.evaluate(() => [...(window.explorer?.selectedIds() ?? [])].sort());
const edgeIds = (page: Page) => page.evaluate(() => [...(window.explorer?.edgeIds() ?? [])].sort());
const reader = (page: Page, lang: 'en' | 'ar' = 'en') => page.getByRole('region', { name: lang === 'ar' ? ar.reader.region : en.reader.region, exact: true });
const details = (page: Page, lang: 'en' | 'ar' = 'en') => page.getByRole('region', { name: lang === 'ar' ? ar.inspector.region : en.inspector.region, exact: true });
/** The mark of a sentence in the Arabic original. */
const markOf = (page: Page, quoteId: string) => page.locator(`mark[data-quote="${quoteId}"][data-lang="ar"]`).first();
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** What a sentence selects: its relations and their ends. */
const selectionOf = (quote: QuoteAnswer) => [...new Set(quote.relations.flatMap((r) => [r.id, r.from.id, r.to.id]))].sort();
const quoteOfRelation = (relationId: string) => {
  const found = quotes.find((q) => q.relations.some((r) => r.id === relationId));
  if (!found) throw new Error(`no quote backs ${relationId}`);
  return found;
};

/** Whether the element lies inside the reader's scrolling text, where a person sees it. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const body = await page.locator('.reader-body').boundingBox();
  return Boolean(box && body && box.height > 0 && box.y >= body.y - 1 && box.y + box.height <= body.y + body.height + 1);
}

/** The canvas position of every element of `ids` (nodes and edge midpoints), from the page's probe. */
const positions = (page: Page, ids: string[]) => page.evaluate((xs) => xs.map((id) => window.explorer?.position(id) ?? null), ids);

beforeAll(async () => {
  driver = testDriver();
  explorer = await startExplorer({ driver, database: testDatabase() });
  browser = await launchBrowser();
  const answer = await gql<{ article: { quotes: QuoteAnswer[] } }>(
    'query($id: ID!) { article(id: $id) { quotes { id text relations { id from { id } to { id } } } } }', { id: ARTICLE });
  quotes = answer.article.quotes;
}, 240_000);

afterEach(async (test) => {
  await closePages(open, test.task.result?.state === 'fail');
});

afterAll(async () => {
  await removeSecondArticle(driver);
  await browser?.close();
  await explorer?.close();
  await driver?.close();
});

describe('the reader, on a desktop', () => {
  it('from LeCun’s doubt, “Read in the article” opens the Article region at the quoted sentence, marked and scrolled into view', async () => {
    const page = await visit(`/?edge=${encodeURIComponent(DOUBT)}`);
    const doubt = quoteOfRelation(DOUBT);
    await details(page).getByRole('button', { name: en.inspector.readInArticle, exact: true }).click();
    const region = reader(page);
    await region.waitFor();
    // The whole text: the article's 26 lines, each in Arabic, right to left, with the English under it.
    await poll(() => region.locator('.reader-par').count()).toBe(26);
    expect(await region.locator('p.reader-ar[dir="rtl"][lang="ar"]').count()).toBe(26);
    expect(await region.locator('p.reader-en[dir="ltr"][lang="en"]').count()).toBe(26);
    expect(await region.getByRole('heading', { level: 3 }).textContent()).toMatch(/^ديب سيك/);
    // Every quoted sentence is a <mark>; LeCun's is the one shown, and it is in view.
    expect(await region.locator('mark[data-lang="ar"]').count()).toBe(quotes.length);
    const mark = markOf(page, doubt.id);
    expect(normalise(await mark.textContent())).toBe(normalise(doubt.text));
    expect(await mark.getAttribute('aria-current')).toBe('true');
    await poll(() => inView(page, mark)).toBe(true);
    expect(await mark.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Noto Sans Arabic/);
    await poll(() => new URL(page.url()).searchParams.get('quote')).toBe(doubt.id);
    expect(new URL(page.url()).searchParams.get('article')).toBe(ARTICLE);
    // The edge stays selected; the reader sits beside the canvas, which keeps room.
    expect(await selectedIds(page)).toEqual([DOUBT]);
    expect((await page.locator('.canvas').boundingBox())?.width).toBeGreaterThan(500);
    await page.mouse.move(2, 2);
    await screenshot(page, 'reader-desktop-en-from-edge');
  });

  it('activating another mark selects its edges and their ends on the canvas and shows them in Details; hover, focus and the keyboard', async () => {
    const page = await visit(`/?article=${ARTICLE}`);
    const hosts = quotes.find((q) => q.text.startsWith('قامت شركة إنفيديا'));
    if (!hosts) throw new Error('the article has no Nvidia sentence');
    const mark = markOf(page, hosts.id);
    await mark.scrollIntoViewIfNeeded();

    // Pointing at it shows the relations it backs.
    await mark.hover();
    const tip = page.getByRole('tooltip');
    await poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(en.reader.backs(hosts.relations.length));
    expect(await tip.getByRole('listitem').count()).toBe(hosts.relations.length);
    expect(await mark.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));

    await mark.click();
    await poll(() => selectedIds(page)).toEqual(selectionOf(hosts));
    expect(hosts.relations.length).toBeGreaterThanOrEqual(5);
    const sentence = details(page).getByRole('list', { name: en.inspector.sentenceBacks(hosts.relations.length) });
    await poll(() => sentence.getByRole('listitem').count()).toBe(hosts.relations.length);
    await poll(() => new URL(page.url()).searchParams.get('quote')).toBe(hosts.id);
    expect(new URL(page.url()).searchParams.get('edge')).toBeNull();
    // Everything it selected is on the canvas, in view.
    const canvas = await page.locator('.canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.waitForFunction(() => window.explorer?.settled() === true);
    for (const [i, p] of (await positions(page, selectionOf(hosts))).entries()) {
      expect(p, selectionOf(hosts)[i]).not.toBeNull();
      expect(p && p.x > canvas.x && p.x < canvas.x + canvas.width && p.y > canvas.y && p.y < canvas.y + canvas.height, selectionOf(hosts)[i]).toBe(true);
    }
    await screenshot(page, 'reader-desktop-en-activated');

    // The keyboard: ↓ moves to the next marked sentence (the tooltip follows), Enter selects its relations.
    await mark.focus();
    await page.keyboard.press('ArrowDown');
    const following = quotes[quotes.indexOf(hosts) + 1];
    if (!following) throw new Error('the Nvidia sentence is the last quote');
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote)).toBe(following.id);
    await poll(() => tip.textContent()).toContain(en.reader.backs(following.relations.length));
    await page.keyboard.press('Enter');
    await poll(() => selectedIds(page)).toEqual(selectionOf(following));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote)).toBe(quotes[quotes.indexOf(hosts) - 1]?.id);
    // One tab stop for the whole text: the marks take turns (a roving tabindex).
    expect(await page.locator('.reader-body mark[tabindex="0"]').count()).toBe(1);
    // The toolbar's arrows go through the sentences too.
    await reader(page).getByRole('button', { name: en.reader.next }).click();
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.quote)).toBe(hosts.id);

    // One language or both.
    await reader(page).getByRole('button', { name: en.reader.english, exact: true }).click();
    await poll(() => page.locator('.reader-ar').first().isVisible()).toBe(false);
    expect(await page.locator('.reader-en').first().isVisible()).toBe(true);
    await poll(() => new URL(page.url()).searchParams.get('text')).toBe('en');
    await reader(page).getByRole('button', { name: en.reader.arabic, exact: true }).click();
    await poll(() => page.locator('.reader-en').first().isVisible()).toBe(false);
    expect(await page.locator('.reader-ar').first().isVisible()).toBe(true);
  });

  it('a deep link reopens the same state: the article at that sentence, its relations selected, the sentence in Details', async () => {
    const first = await visit(`/?article=${ARTICLE}`);
    const target = quoteOfRelation(DOUBT);
    await markOf(first, target.id).click();
    await poll(() => selectedIds(first)).toEqual(selectionOf(target));
    await poll(() => new URL(first.url()).searchParams.get('quote')).toBe(target.id);
    const link = new URL(first.url());

    const page = await visit(`${link.pathname}${link.search}`);
    const mark = markOf(page, target.id);
    await poll(() => mark.getAttribute('aria-current')).toBe('true');
    await poll(() => inView(page, mark)).toBe(true);
    await poll(() => selectedIds(page)).toEqual(selectionOf(target));
    await poll(() => details(page).getByRole('list', { name: en.inspector.sentenceBacks(target.relations.length) }).getByRole('listitem').count())
      .toBe(target.relations.length);
    expect(new URL(page.url()).search).toBe(link.search);
  });

  it('axe-core finds nothing with the reader open, in English and in Arabic; the Arabic page reads it in Arabic', async () => {
    const doubt = quoteOfRelation(DOUBT);
    const page = await visit(`/?article=${ARTICLE}&quote=${encodeURIComponent(doubt.id)}`);
    await reader(page).waitFor();
    await poll(() => inView(page, markOf(page, doubt.id))).toBe(true);
    expect(await axeViolations(page), 'axe, English').toEqual([]);
    // With the tooltip up, as a pointer leaves it.
    await markOf(page, doubt.id).hover();
    await page.getByRole('tooltip').waitFor();
    expect(await axeViolations(page), 'axe, English, tooltip shown').toEqual([]);

    // The interface changes language; the article does not, and the reader keeps its place in it.
    const scrolled = await page.locator('.reader-body').evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'العربية' }).click();
    const region = reader(page, 'ar');
    await region.waitFor();
    expect(Math.abs((await page.locator('.reader-body').evaluate((el) => el.scrollTop)) - scrolled)).toBeLessThanOrEqual(2);
    expect(await inView(page, markOf(page, doubt.id))).toBe(true);
    expect(await region.getByRole('button', { name: ar.reader.both, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await region.getByRole('button', { name: ar.reader.close }).count()).toBe(1);
    // The article stays as it is: Arabic right to left in the Arabic face, the English left to right.
    expect(await region.locator('p.reader-ar').first().getAttribute('dir')).toBe('rtl');
    expect(await region.locator('p.reader-en').first().getAttribute('dir')).toBe('ltr');
    expect(await axeViolations(page), 'axe, Arabic').toEqual([]);
    await page.mouse.move(2, 2);
    await poll(() => page.getByRole('tooltip').isHidden()).toBe(true);
    await screenshot(page, 'reader-desktop-ar');
  });
});

describe('two sources', () => {
  beforeAll(async () => {
    await loadCypherDir({ driver, dir: path.join(projectRoot, 'test', 'fixtures', 'second-article'), database: testDatabase() });
  });
  afterAll(async () => {
    await removeSecondArticle(driver);
  });

  it('hiding one source in the legend hides exactly its edges, and the URL keeps it', async () => {
    const { graph } = await gql<{ graph: { edges: { id: string; source: { id: string } | null }[] } }>('{ graph(limit: 5000) { edges { id source { id } } } }');
    const second = graph.edges.filter((e) => e.source?.id === SECOND).map((e) => e.id);
    expect(second).toHaveLength(2);
    const page = await visit('/');
    const all = graph.edges.map((e) => e.id).sort();
    expect(await edgeIds(page)).toEqual(all);
    const sources = page.getByRole('list', { name: en.legend.sources });
    await poll(() => sources.getByRole('listitem').count()).toBe(2);
    const toggle = sources.getByRole('listitem').filter({ hasText: 'Fixture Times' }).locator('button[aria-pressed]');
    expect(await toggle.textContent()).toContain('Fixture: a second article');
    await poll(() => toggle.locator('.legend-count').textContent()).toBe('2');
    await toggle.click();
    await poll(() => edgeIds(page)).toEqual(all.filter((id) => !second.includes(id)));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Its entities stay: a source's edges go, not the entities it names.
    expect(await page.evaluate(() => window.explorer?.nodeIds().includes('fixture-analyst'))).toBe(true);
    await poll(() => new URL(page.url()).searchParams.get('hideSources')).toBe(SECOND);
    await screenshot(page, 'reader-desktop-en-source-hidden');

    // The link keeps the filter; the other source hidden instead hides the other edges.
    const again = await visit(`/?hideSources=${ARTICLE}`);
    expect(await edgeIds(again)).toEqual([...second].sort());
    await again.getByRole('button', { name: en.legend.showAll }).click();
    await poll(() => edgeIds(again)).toEqual(all);
  });

  it('a source opens in the reader from the legend; Details groups relations by article and shows both quotes of a relation two articles state', async () => {
    const page = await visit('/?node=deepseek');
    const groups = details(page).locator('.article-group');
    await poll(() => groups.count()).toBe(2);
    expect(await groups.locator('.article-head').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringContaining('Cong Luan'), expect.stringContaining('Fixture: a second article'),
    ]));

    // DeepSeek developed R1, say both articles: two edges, each showing the other's quote too.
    const first = `deepseek>DEVELOPED>r1@${ARTICLE}`;
    await page.goto(`${explorer.url}/?edge=${encodeURIComponent(first)}`);
    await page.waitForFunction(() => window.explorer?.ready === true);
    const also = details(page).getByRole('region', { name: en.inspector.alsoStated(1) });
    await also.waitFor();
    expect(await also.locator('blockquote[lang="ar"]').textContent()).toBe('نص تجريبي: ديب سيك بنت R1.');
    expect(await also.textContent()).toContain('Fixture: a second article');
    await screenshot(page, 'reader-desktop-en-two-articles');

    // The second article in the reader, from the legend's Read button.
    await page.getByRole('list', { name: en.legend.sources }).getByRole('button', { name: en.legend.readTitle('Fixture: a second article') }).click();
    await poll(() => reader(page).locator('.reader-par').count()).toBe(2);
    expect(await reader(page).locator('mark[data-lang="ar"]').count()).toBe(2);
    await poll(() => new URL(page.url()).searchParams.get('article')).toBe(SECOND);
    await markOf(page, '1:0-42').click();
    await poll(() => selectedIds(page)).toEqual(['deepseek', 'fixture-analyst', `fixture-analyst>DOUBTS>deepseek@${SECOND}`]);
  });

  it('Stance and “Why connected?” name the article of every quote they show', async () => {
    const page = await visit('/?node=deepseek');
    await details(page).getByRole('button', { name: en.inspector.stance, exact: true }).click();
    const doubts = details(page).getByRole('region', { name: en.inspector.doubtIt });
    await doubts.waitFor();
    const items = doubts.getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      expect(await item.locator('.quote-source .article-name').count(), `doubt ${i}`).toBe(1);
    }
    expect(await doubts.locator('.quote-source').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringContaining('Fixture Times'), expect.stringContaining('Cong Luan'),
    ]));

    await page.goto(`${explorer.url}/?node=fixture-analyst`);
    await page.waitForFunction(() => window.explorer?.ready === true);
    await details(page).getByRole('button', { name: en.inspector.whyConnected }).click();
    await page.getByRole('searchbox', { name: en.search.label }).fill('Yann LeCun');
    await page.getByRole('option', { name: /Yann LeCun/ }).first().click();
    const hops = details(page).getByRole('list', { name: en.inspector.path }).getByRole('listitem');
    await poll(() => hops.count()).toBeGreaterThan(1);
    for (let i = 0; i < (await hops.count()); i++) expect(await hops.nth(i).locator('.quote-source .article-name').count(), `hop ${i}`).toBe(1);
    expect(await details(page).getByRole('list', { name: en.inspector.path }).textContent()).toContain('Fixture Times');
    // "Read in the article" from a hop opens that hop's article at its sentence.
    await hops.first().getByRole('button', { name: en.inspector.readInArticle }).click();
    await poll(() => reader(page).locator('mark[aria-current="true"]').count()).toBeGreaterThan(0);
  });
});

describe('the reader on a tablet (768×1024)', () => {
  it('a link to a sentence opens the reader as a side sheet and frames the sentence’s relations beside it', async () => {
    const hosts = quotes.find((q) => q.text.startsWith('قامت شركة إنفيديا'));
    if (!hosts) throw new Error('the article has no Nvidia sentence');
    const page = await visit(`/?article=${ARTICLE}&quote=${encodeURIComponent(hosts.id)}`, { width: 768, height: 1024 });
    await poll(() => reader(page).isVisible()).toBe(true);
    await poll(() => selectedIds(page)).toEqual(selectionOf(hosts));
    await page.waitForFunction(() => window.explorer?.settled() === true);
    // The sheet is wider than half the canvas here: what it selected lies in the part it leaves.
    const sheet = await page.locator('.sidebar-right').boundingBox();
    if (!sheet) throw new Error('no sheet');
    for (const [i, p] of (await positions(page, selectionOf(hosts))).entries()) {
      expect(p && p.x > 0 && p.x < sheet.x, selectionOf(hosts)[i]).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-tablet-en');
  });
});

describe('the reader on a phone (390×844, touch)', () => {
  const phone = { width: 390, height: 844, touch: true };

  it('opens as a sheet from an edge’s evidence; a sentence chosen there selects its relations above the sheet, in English and in Arabic', async () => {
    const page = await visit(`/?edge=${encodeURIComponent(DOUBT)}`, phone);
    const sheet = page.locator('#panel-details');
    await poll(() => sheet.isVisible()).toBe(true);
    await details(page).getByRole('button', { name: en.inspector.readInArticle, exact: true }).click();
    const region = reader(page);
    await poll(() => region.isVisible()).toBe(true);
    expect(await page.locator('.tabbar').getByRole('button', { name: en.panels.reader }).getAttribute('aria-expanded')).toBe('true');
    const doubt = quoteOfRelation(DOUBT);
    await poll(() => inView(page, markOf(page, doubt.id))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await axeViolations(page), 'axe, phone, English').toEqual([]);
    await screenshot(page, 'reader-phone-en');

    // A tap on another sentence: its relations selected and framed above the sheet, which stays open.
    const other = quotes.find((q) => q.text.startsWith('قامت شركة إنفيديا'));
    if (!other) throw new Error('the article has no Nvidia sentence');
    await markOf(page, other.id).scrollIntoViewIfNeeded();
    await markOf(page, other.id).tap();
    await poll(() => selectedIds(page)).toEqual(selectionOf(other));
    await page.waitForFunction(() => window.explorer?.settled() === true);
    await poll(() => region.isVisible()).toBe(true);
    const sheetTop = (await page.locator('.sidebar-right').boundingBox())?.y ?? 0;
    for (const p of await positions(page, selectionOf(other))) {
      expect(p).not.toBeNull();
      expect(p?.y ?? Infinity).toBeLessThan(sheetTop);
      expect(p?.y ?? -Infinity).toBeGreaterThan(0);
    }
    await screenshot(page, 'reader-phone-en-activated');

    // Arabic: the same sheet, its names in Arabic, found by its Arabic name.
    await page.getByRole('button', { name: en.panels.tools }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('.tabbar').getByRole('button', { name: ar.panels.reader }).click();
    const arabic = reader(page, 'ar');
    await poll(() => arabic.isVisible()).toBe(true);
    await poll(() => inView(page, markOf(page, other.id))).toBe(true);
    expect(await axeViolations(page), 'axe, phone, Arabic').toEqual([]);
    await screenshot(page, 'reader-phone-ar');
  }, 120_000);
});
