import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.neo4j/', '.node/', 'test-results/', 'bench/results/', '.bench/'] },
  // Written by scripts/codegen.ts; its style is the generator's (the test checks they are current, tsc their types).
  { ignores: ['client/src/api/generated/', 'server/src/schema/resolvers-types.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layers depend only downward: the client's api/ knows GraphQL, graph/ knows cytoscape, ui/ the DOM,
  // state/ only types from api/ and graph/, app/ wires them all, and only main.ts knows app/; i18n/ (the
  // message catalogues) knows nothing and anyone may read it.
  {
    files: ['client/src/api/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['cytoscape*', '**/graph/**', '**/ui/**', '**/state/**', '**/app/**'], message: 'api/ only knows GraphQL.' }] }] },
  },
  {
    files: ['client/src/graph/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/api/fetcher*', '**/state/**', '**/app/**'], message: 'graph/ does not know the DOM, the transport, the URL or the app.' }] }] },
  },
  {
    files: ['client/src/i18n/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['cytoscape*', 'graphql*', '**/api/**', '**/graph/**', '**/ui/**', '**/app/**', '**/state/**', '**/main*'], message: 'i18n/ (the message catalogues) knows nothing above it.' }] }] },
  },
  {
    files: ['client/src/ui/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['cytoscape*', 'graphql*', '**/state/**', '**/app/**'], message: 'ui/ goes through graph/ and api/, and is wired by app/.' }] }] },
  },
  {
    files: ['client/src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['cytoscape*', 'graphql*', '**/ui/**', '**/app/**'], message: 'state/ knows no library, no DOM and not the app.' },
        { group: ['**/api/**', '**/graph/**'], allowTypeImports: true, message: 'state/ takes types only from api/ and graph/.' },
      ] }],
    },
  },
  {
    files: ['client/src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['cytoscape*', 'graphql*', '**/main*'], message: 'app/ reaches Cytoscape through graph/ and GraphQL through api/; main.ts wires app/, not the other way.' }] }] },
  },
  // One Cypher runner: the server and the scripts reach Neo4j only through server/src/db/ (the executor's
  // reads, writer.ts's writes), so every statement carries the same metadata and its failures the same
  // mapping. neo4j/ (starting and finding Neo4j) is outside the rule; tests and benchmarks use the driver.
  {
    files: ['server/src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['server/src/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', allowTypeImports: true, message: 'Run Cypher through server/src/db/ (executor.ts reads, writer.ts writes); take the Driver type from db/driver.ts.' }] }] },
  },
);
