/**
 * Splits a Cypher script into statements the way cypher-shell does: on `;` outside strings, quoted
 * identifiers and comments. Each statement keeps the line it starts on, so errors can say `file:line`.
 */
export interface Statement {
  text: string;
  /** 1-based line of the statement's first character in the file. */
  line: number;
}

export function splitStatements(source: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let startLine = 0; // 0: no statement text seen yet
  let line = 1;
  let i = 0;

  const push = () => {
    const text = current.trim();
    if (text) statements.push({ text, line: startLine });
    current = '';
    startLine = 0;
  };

  while (i < source.length) {
    const c = source.charAt(i);
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      line += countNewlines(source, i, stop);
      current += ' ';
      i = stop;
      continue;
    }
    if (c === ';') {
      push();
      i++;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const stop = endOfQuoted(source, i, c);
      if (!startLine) startLine = line;
      current += source.slice(i, stop);
      line += countNewlines(source, i, stop);
      i = stop;
      continue;
    }
    if (c === '\n') line++;
    else if (!startLine && !/\s/.test(c)) startLine = line;
    current += c;
    i++;
  }
  push();
  return statements;
}

/** Index just past the closing quote; backslash escapes in strings, doubled backticks in identifiers. */
function endOfQuoted(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (quote === '`' && source[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return source.length; // unterminated: the server reports it, with the right line
}

function countNewlines(source: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (source.charCodeAt(i) === 10) n++;
  return n;
}

const SCHEMA = /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?(CONSTRAINT|INDEX)\b/i;

/** Schema commands cannot share a transaction with data writes, so the loader runs them on their own. */
export function isSchemaStatement(text: string): boolean {
  return SCHEMA.test(text);
}
