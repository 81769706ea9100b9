/**
 * Loading and error state: the busy indicator in the status line and the `role="alert"` banner. Every
 * API call the explorer makes goes through `call` (or `track`), so a failure is never a blank page.
 * A failure is told in the reader's language, by what kind it is (and the API's code); the server's
 * own message stays available under the banner's fold.
 */
import { ApiError } from '../api/fetcher.js';
import type { I18n, Messages, Text } from '../i18n/i18n.js';
import { createBanner, type Banner, type BannerText } from '../ui/banner.js';
import type { Shell } from '../ui/shell.js';
import { createStatusBar, type StatusBar } from '../ui/status.js';

export interface Feedback {
  banner: Banner;
  status: StatusBar;
  /** Logs the error and shows it in the banner, titled by what failed; `retry` adds a Retry button. */
  report(error: unknown, retry?: () => void): void;
  /** Runs `run` with the busy indicator; errors are reported and the result is undefined. */
  call<T>(label: Text, run: () => Promise<T>, retry?: () => void): Promise<T | undefined>;
  /** Runs `run` with the busy indicator; errors are left to the caller. */
  track<T>(label: Text, run: () => Promise<T>): Promise<T>;
  /**
   * Runs `run` with the busy indicator for a panel that shows its own failure: an error is logged and
   * described in the reader's language (no banner), so the panel can say what failed and offer a retry.
   */
  attempt<T>(label: Text, run: () => Promise<T>): Promise<Attempt<T>>;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; reason: (m: Messages) => BannerText };

/** What an error means to the reader, in the catalogue's words. */
export function describeError(error: unknown, m: Messages): BannerText {
  const own = error instanceof Error ? error.message : String(error);
  if (!(error instanceof ApiError)) return { ...m.errors.unexpected, detail: own };
  if (error.kind === 'network' || error.kind === 'unavailable') return m.errors[error.kind];
  const codes = m.errors.codes;
  const known = error.codes.find((c): c is keyof typeof codes => Object.hasOwn(codes, c));
  const base = error.kind === 'http' ? m.errors.http : m.errors.query;
  return { title: base.title, message: known ? codes[known] : base.message, detail: own };
}

export function createFeedback(shell: Shell, i18n: I18n): Feedback {
  const banner = createBanner(i18n);
  shell.banner.append(banner.element);
  const status = createStatusBar(i18n);
  shell.status.append(status.element);
  // Calls overlap (a search while a node loads): the indicator stays until the last one ends.
  let busy = 0;

  const report = (error: unknown, retry?: () => void) => {
    console.error(error);
    banner.show((m) => describeError(error, m), { retry });
  };

  const track = async <T>(label: Text, run: () => Promise<T>): Promise<T> => {
    busy++;
    status.setBusy(label);
    try {
      return await run();
    } finally {
      busy--;
      if (busy === 0) status.setBusy(null);
    }
  };

  const call = async <T>(label: Text, run: () => Promise<T>, retry?: () => void): Promise<T | undefined> => {
    try {
      return await track(label, run);
    } catch (error) {
      report(error, retry);
      return undefined;
    }
  };

  const attempt = async <T>(label: Text, run: () => Promise<T>): Promise<Attempt<T>> => {
    try {
      return { ok: true, value: await track(label, run) };
    } catch (error) {
      console.error(error);
      return { ok: false, reason: (m) => describeError(error, m) };
    }
  };

  return { banner, status, report, call, track, attempt };
}
