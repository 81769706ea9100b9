/** How a load fails: where, and what the server or the data contract said. */
import type { Violation } from '../contract/check.js';
import type { Neo4jFailure } from '../db/errors.js';

/** A statement the server refused: says where (`file:line`; line 0: the file as a whole) and what the server said. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly serverMessage: string,
    readonly code: string | undefined,
    /** What the shared mapping (db/errors.ts) makes of Neo4j's failure; undefined: not Neo4j's (the folder, the contract). */
    readonly kind?: Neo4jFailure,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${serverMessage}`);
  }
}

/** A violation, with the line of the statement after which it appeared (undefined: could not tell). */
export interface LocatedViolation extends Violation {
  line: number | undefined;
}

/** A file that breaks the data contract: rolled back whole, every violation listed. */
export class ContractError extends LoadError {
  override name = 'ContractError';
  constructor(file: string, readonly violations: readonly LocatedViolation[]) {
    const lines = violations.map((v) => `  ${file}:${v.line ?? '?'}  ${v.rule.padEnd(18)} ${v.subject}  ${v.detail}`);
    const count = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
    super(file, violations[0]?.line ?? 0, `breaks the data contract (${count}); nothing of it was loaded:\n${lines.join('\n')}`, undefined);
    this.message = `${file}: ${this.serverMessage}`;
  }
}
