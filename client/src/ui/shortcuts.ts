/** Keyboard shortcuts: `/` search, Esc clear, Del hide, Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo. */
export interface ShortcutActions {
  focusSearch(): void;
  escape(): void;
  hide(): void;
  undo(): void;
  redo(): void;
  fit(): void;
}

export function installShortcuts(target: Document, actions: ShortcutActions): () => void {
  const onKey = (event: KeyboardEvent) => {
    const typing = isTyping(event.target);
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && event.key.toLowerCase() === 'z' && !typing) {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (mod && event.key.toLowerCase() === 'y' && !typing) {
      event.preventDefault();
      actions.redo();
    } else if (event.key === 'Escape') {
      actions.escape();
    } else if (typing || mod || event.altKey) {
      return;
    } else if (event.key === '/') {
      event.preventDefault();
      actions.focusSearch();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actions.hide();
    } else if (event.key === 'f') {
      actions.fit();
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type);
}
