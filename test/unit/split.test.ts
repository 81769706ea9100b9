import { describe, expect, it } from 'vitest';
import { isSchemaStatement, splitStatements } from '../../server/src/loader/split.js';

describe('splitStatements', () => {
  it('splits on semicolons and keeps the line each statement starts on', () => {
    const source = 'CREATE (a);\n\n  MATCH (n)\n  RETURN n;\nRETURN 1';
    expect(splitStatements(source)).toEqual([
      { text: 'CREATE (a)', line: 1 },
      { text: 'MATCH (n)\n  RETURN n', line: 3 },
      { text: 'RETURN 1', line: 5 },
    ]);
  });

  it('ignores semicolons inside strings, identifiers and comments', () => {
    const source = [
      "// a comment; with a semicolon",
      "CREATE (:T {a: 'x; y', b: \"p; q\", `weird;key`: 1}); /* block; comment",
      "over; lines */ RETURN 'it\\'s; fine';",
    ].join('\n');
    const statements = splitStatements(source);
    expect(statements.map((s) => s.text)).toEqual([
      "CREATE (:T {a: 'x; y', b: \"p; q\", `weird;key`: 1})",
      "RETURN 'it\\'s; fine'",
    ]);
    expect(statements.map((s) => s.line)).toEqual([2, 3]);
  });

  it('counts newlines inside multi-line strings', () => {
    const statements = splitStatements("RETURN 'a\nb\nc';\nRETURN 2;");
    expect(statements[1]).toEqual({ text: 'RETURN 2', line: 4 });
  });

  it('keeps Arabic text and doubled backticks intact', () => {
    const [statement] = splitStatements("MERGE (n {nameAr: 'ديب سيك؛ الصينية', `a``b`: 1});");
    expect(statement?.text).toBe("MERGE (n {nameAr: 'ديب سيك؛ الصينية', `a``b`: 1})");
  });

  it('returns nothing for comments and blank lines only', () => {
    expect(splitStatements('// nothing\n/* at all */\n\n;;')).toEqual([]);
  });
});

describe('isSchemaStatement', () => {
  it.each([
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'create index x if not exists for (n:Entity) on (n.name)',
    'CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]',
    'CREATE OR REPLACE RANGE INDEX r FOR (n:A) ON (n.b)',
    'DROP CONSTRAINT entity_id IF EXISTS',
  ])('recognises %s', (text) => expect(isSchemaStatement(text)).toBe(true));

  it.each(['MERGE (n:Entity {id: "index"})', "CREATE (:Index {name: 'CONSTRAINT'})", 'MATCH (n) RETURN n'])(
    'leaves data statement %s alone',
    (text) => expect(isSchemaStatement(text)).toBe(false),
  );
});
