/**
 * Reading the Docker files the way Docker and Compose do, for tests that have no Docker engine:
 * the Dockerfile's stages and instructions, Compose's `${VAR}` interpolation, and .dockerignore.
 * Only what this project's files use is supported; anything else throws, so a new instruction or
 * syntax is noticed instead of silently skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../../server/src/paths.js';

export const root = projectRoot;

export function readText(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

// ---------------------------------------------------------------------------------------------------
// Compose

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  pull_policy?: string;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: (string | { type: string; source?: string; target: string; read_only?: boolean })[];
  ports?: (string | number | { host_ip?: string; published?: string | number; target: number | string })[];
  healthcheck?: { test?: string | string[]; disable?: boolean; start_period?: string; interval?: string; timeout?: string; retries?: number };
  restart?: string;
  user?: string;
}

export interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export function readCompose(): ComposeFile {
  return parseYaml(readText('docker-compose.yml'), { merge: true }) as ComposeFile;
}

/** A service's environment as a map (both of Compose's forms), values not yet interpolated. */
export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

export class InterpolationError extends Error {
  override name = 'InterpolationError';
}

/**
 * Compose's interpolation (compose-spec "Interpolation"): `$$` is a literal `$`; `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, and bare `$VAR`.
 */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '{') {
      const end = closingBrace(text, i + 2);
      out += expand(text.slice(i + 2, end), env);
      i = end;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
      if (!name) throw new InterpolationError(`invalid interpolation at "${text.slice(i)}"`);
      out += env[name] ?? '';
      i += name.length;
    }
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new InterpolationError(`unclosed "\${" in "${text}"`);
}

function expand(body: string, env: Record<string, string | undefined>): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
  if (!match) throw new InterpolationError(`invalid interpolation "\${${body}}"`);
  const [, name = '', op, arg = ''] = match;
  const value = env[name];
  const unset = value === undefined;
  const empty = unset || value === '';
  switch (op) {
    case undefined: return value ?? '';
    case ':-': return empty ? interpolate(arg, env) : value;
    case '-': return unset ? interpolate(arg, env) : value;
    case ':?': if (empty) throw new InterpolationError(`required variable ${name} is missing a value: ${arg}`); return value;
    case '?': if (unset) throw new InterpolationError(`required variable ${name} is missing a value: ${arg}`); return value;
    case ':+': return empty ? '' : interpolate(arg, env);
    case '+': return unset ? '' : interpolate(arg, env);
    default: throw new InterpolationError(`invalid interpolation "\${${body}}"`);
  }
}

/** Every variable name the file interpolates (what .env.example must document). */
export function interpolatedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.replaceAll('$$', '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    names.add((m[1] ?? m[2]) as string);
  }
  return names;
}

/** A command or healthcheck test as argv: Compose's list form as is, its string form split like a shell would. */
export function commandArgv(command: string | string[]): string[] {
  if (Array.isArray(command)) return command;
  throw new Error(`use the list form for commands in docker-compose.yml (got "${command}"): no shell quoting to get wrong`);
}

// ---------------------------------------------------------------------------------------------------
// Dockerfile

export interface Instruction {
  keyword: string;
  /** The text after the keyword, continuation lines joined. */
  args: string;
  line: number;
}

export interface Stage {
  name: string | undefined;
  /** The base image with global ARG defaults substituted. */
  image: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** Global ARGs (before the first FROM) and their defaults. */
  args: Record<string, string>;
  stages: Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i] ?? '';
    if (/^\s*(#|$)/.test(first)) continue;
    const start = i;
    let joined = first;
    // A trailing backslash continues the instruction; comment lines inside it are dropped, as Docker does.
    while (/\\\s*$/.test(joined) && i + 1 < lines.length) {
      joined = joined.replace(/\\\s*$/, ' ');
      i++;
      const next = lines[i] ?? '';
      if (!/^\s*#/.test(next)) joined += next;
    }
    const m = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(joined);
    if (!m) throw new Error(`Dockerfile line ${start + 1}: cannot parse "${joined}"`);
    instructions.push({ keyword: (m[1] ?? '').toUpperCase(), args: (m[2] ?? '').trim().replace(/\s+/g, ' '), line: start + 1 });
  }
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      if (!m) throw new Error(`Dockerfile line ${ins.line}: cannot parse FROM ${ins.args}`);
      stages.push({ name: m[2], image: substituteArgs(m[1] ?? '', args), instructions: [] });
    } else if (stages.length === 0) {
      if (ins.keyword !== 'ARG') throw new Error(`Dockerfile line ${ins.line}: only ARG may come before FROM`);
      const at = ins.args.indexOf('=');
      args[at < 0 ? ins.args : ins.args.slice(0, at)] = at < 0 ? '' : unquote(ins.args.slice(at + 1));
    } else {
      stages.at(-1)?.instructions.push(ins);
    }
  }
  return { args, stages };
}

export function readDockerfile(): Dockerfile {
  return parseDockerfile(readText('Dockerfile'));
}

export function finalStage(file: Dockerfile): Stage {
  const stage = file.stages.at(-1);
  if (!stage) throw new Error('Dockerfile has no FROM');
  return stage;
}

function substituteArgs(text: string, args: Record<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a?: string, b?: string) => args[(a ?? b) as string] ?? '');
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** `ENV a=1 b=2` (and the legacy `ENV a 1`) as pairs. */
export function envPairs(args: string): [string, string][] {
  if (!args.includes('=')) {
    const [name = '', ...rest] = args.split(' ');
    return [[name, rest.join(' ')]];
  }
  return [...args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)].map((m) => [m[1] ?? '', unquote(m[2] ?? '')]);
}

/** The JSON (exec) form of CMD/ENTRYPOINT/HEALTHCHECK CMD as argv; undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  const parsed = JSON.parse(args) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) throw new Error(`not an exec form: ${args}`);
  return parsed as string[];
}

/** A stage's WORKDIR and ENV as they stand at its end. */
export function stageSettings(stage: Stage): { workdir: string; env: Record<string, string>; user: string | undefined } {
  let workdir = '/';
  let user: string | undefined;
  const env: Record<string, string> = {};
  for (const ins of stage.instructions) {
    if (ins.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, ins.args);
    if (ins.keyword === 'ENV') for (const [k, v] of envPairs(ins.args)) env[k] = v;
    if (ins.keyword === 'USER') user = ins.args;
  }
  return { workdir, env, user };
}

// ---------------------------------------------------------------------------------------------------
// .dockerignore

/**
 * Docker's .dockerignore rules (moby/patternmatcher): patterns are relative to the context root, `*` and `?`
 * stay within one path segment, `**` spans any number, `!` re-includes, the last matching pattern wins, and
 * a pattern that matches a folder excludes everything in it.
 */
export function dockerignore(text: string): (relativePath: string) => boolean {
  const rules = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const negate = l.startsWith('!');
    const pattern = path.posix.normalize((negate ? l.slice(1) : l).trim()).replace(/^\/+/, '').replace(/\/+$/, '');
    return { negate, regex: globToRegex(pattern) };
  });
  return (relativePath) => {
    const parts = relativePath.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const rule of rules) {
      if (candidates.some((c) => rule.regex.test(c))) excluded = !rule.negate;
    }
    return excluded;
  };
}

function globToRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
