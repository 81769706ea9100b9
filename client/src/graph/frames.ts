/** Waiting for the page's frames, without hanging on a hidden page (which runs none). */

/** Resolves when the next animation frame begins, or after 100 ms without one. */
export function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves in a later task: what the current one changed can be painted first. */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => { setTimeout(resolve, 0); });
}

/** Resolves in a task after the next frame: that frame is painted first. */
export function afterNextFrame(): Promise<void> {
  return nextFrame().then(nextTask);
}
