/**
 * Undo/redo as a stack of commands. A command knows how to apply and revert itself; the history only
 * orders them. Pure: the canvas-specific commands are built in app/commands.ts.
 */
export interface Command {
  /** Shown on the undo/redo buttons, e.g. "Expand DeepSeek". */
  label: string;
  apply(): void;
  revert(): void;
}

export interface History {
  /** Applies the command and records it; clears the redo side. */
  run(command: Command): void;
  undo(): Command | undefined;
  redo(): Command | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
  peekUndo(): Command | undefined;
  peekRedo(): Command | undefined;
  clear(): void;
  onChange(listener: () => void): void;
}

export function createHistory(options: { limit?: number } = {}): History {
  const limit = options.limit ?? 100;
  const done: Command[] = [];
  const undone: Command[] = [];
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  return {
    run(command) {
      command.apply();
      done.push(command);
      if (done.length > limit) done.shift();
      undone.length = 0;
      changed();
    },
    undo() {
      const command = done.pop();
      if (!command) return undefined;
      command.revert();
      undone.push(command);
      changed();
      return command;
    },
    redo() {
      const command = undone.pop();
      if (!command) return undefined;
      command.apply();
      done.push(command);
      changed();
      return command;
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    peekUndo: () => done.at(-1),
    peekRedo: () => undone.at(-1),
    clear() {
      done.length = 0;
      undone.length = 0;
      changed();
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
