/**
 * Touch gestures Cytoscape leaves to the app. It already selects on tap, clears the selection on a tap
 * on the background, fires `dbltap` on a double tap, pans on a drag and zooms on a pinch; here a long
 * press (`taphold`) on a node expands it like a double tap, and a tap (or click) on the background is
 * reported, saying whether a finger made it, so the app can clear what Escape clears on a keyboard. A
 * mouse held still does not count as a long press: it may be about to drag.
 */
import type { Core, EventObject } from 'cytoscape';

export interface TouchHooks {
  onExpand?: ((id: string) => void) | undefined;
  onBackgroundTap?: ((tap: { touch: boolean }) => void) | undefined;
}

export function installTouchGestures(cy: Core, hooks: TouchHooks): void {
  cy.on('taphold', 'node', (event: EventObject) => {
    if (isTouch(event.originalEvent)) hooks.onExpand?.(event.target.id() as string);
  });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) hooks.onBackgroundTap?.({ touch: isTouch(event.originalEvent) });
  });
}

function isTouch(event: Event | undefined): boolean {
  return typeof TouchEvent !== 'undefined' && event instanceof TouchEvent;
}
