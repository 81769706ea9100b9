/**
 * Loading and error state: the busy indicator in the status line and the `role="alert"` banner. Every
 * API call the explorer makes goes through `call` (or `track`), so a failure is never a blank page.
 */
import { ApiError } from '../api/fetcher.js';
import { createBanner, type Banner } from '../ui/banner.js';
import type { Shell } from '../ui/shell.js';
import { createStatusBar, type StatusBar } from '../ui/status.js';

export interface Feedback {
  banner: Banner;
  status: StatusBar;
  /** Logs the error and shows it in the banner, titled by what failed; `retry` adds a Retry button. */
  report(error: unknown, retry?: () => void): void;
  /** Runs `run` with the busy indicator; errors are reported and the result is undefined. */
  call<T>(label: string, run: () => Promise<T>, retry?: () => void): Promise<T | undefined>;
  /** Runs `run` with the busy indicator; errors are left to the caller. */
  track<T>(label: string, run: () => Promise<T>): Promise<T>;
}

export function createFeedback(shell: Shell): Feedback {
  const banner = createBanner();
  shell.banner.append(banner.element);
  const status = createStatusBar();
  shell.status.append(status.element);
  // Calls overlap (a search while a node loads): the indicator stays until the last one ends.
  let busy = 0;

  const report = (error: unknown, retry?: () => void) => {
    console.error(error);
    const e = error instanceof ApiError ? error : undefined;
    const title = e?.kind === 'network' ? 'API unreachable.' : e?.kind === 'unavailable' ? 'Database unavailable.' : e ? 'Query failed.' : 'Something went wrong.';
    banner.show(error instanceof Error ? error.message : String(error), { title, ...(retry ? { retry } : {}) });
  };

  const track = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    busy++;
    status.setBusy(label);
    try {
      return await run();
    } finally {
      busy--;
      if (busy === 0) status.setBusy(null);
    }
  };

  const call = async <T>(label: string, run: () => Promise<T>, retry?: () => void): Promise<T | undefined> => {
    try {
      return await track(label, run);
    } catch (error) {
      report(error, retry);
      return undefined;
    }
  };

  return { banner, status, report, call, track };
}
