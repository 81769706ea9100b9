/**
 * Browser tests' plumbing: Debian's Chromium driven by playwright-core (no browser download), and the
 * explorer served the way `npm start` serves it — createApp over a real Neo4j, the built client at `/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../../server/src/app.js';
import { projectRoot } from '../../server/src/paths.js';
import { listen } from '../../server/src/serve.js';

export const clientSourceDir = path.join(projectRoot, 'client');
export const clientBuildDir = path.join(projectRoot, 'dist', 'client');
export const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots');

/** CHROMIUM_PATH, else Debian's chromium (`apt-get install chromium`). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium at ${candidates.join(', ')}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-US'],
  });
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds dist/client when it is missing or older than any file under client/ (CI may have built it already). */
export function ensureClientBuilt(): string {
  const index = path.join(clientBuildDir, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newest(clientSourceDir);
  if (stale) {
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
      cwd: projectRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  return clientBuildDir;
}

export interface RunningExplorer {
  url: string;
  close(): Promise<void>;
}

/** The explorer on a free port, serving the built client; the caller owns (and closes) the driver. */
export async function startExplorer(options: { driver: Driver } & Partial<AppOptions>): Promise<RunningExplorer> {
  const clientDir = ensureClientBuilt();
  const app = createApp({ clientDir, ...options });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  return { url: server.url, close: () => server.close() };
}

export interface PageProblems {
  /** Content-Security-Policy violations the page reported. */
  csp: string[];
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Everything the page logged, for a failing test's report. */
  log: string[];
}

/** A page that records CSP violations and uncaught errors, so a test can assert there were none. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { csp: [], errors: [], log: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    problems.log.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) problems.csp.push(message.text());
  });
  return { page, problems };
}

/** A browser context a test opened, with what its page reported. */
export interface OpenPage {
  context: BrowserContext;
  problems: PageProblems;
}

/**
 * Closes the contexts a test opened (emptying `open`): no page in them may have been blocked by the
 * server's strict CSP or have thrown. `failed`: the test failed, so each page's console log is printed first.
 */
export async function closePages(open: OpenPage[], failed = false): Promise<void> {
  for (const { context, problems } of open.splice(0)) {
    if (failed) console.log(problems.log.join('\n'));
    await context.close().catch(() => undefined);
    expect(problems.csp, 'CSP violations').toEqual([]);
    expect(problems.errors, 'uncaught page errors').toEqual([]);
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside the page and returns its violations. The script goes in through the DevTools
 * protocol (page.evaluate), as an extension would, so the page's CSP stays as strict as it is.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
}
