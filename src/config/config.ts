import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fail } from '../diagnostics/index.js';
import { OPTIONS, type OptionSpec, type UserOptions } from './options.js';
import { checkOptionValues } from './option-values.js';
import { compilePatterns, type NamePattern } from './patterns.js';

/** The fully defaulted options of one run. */
export interface Config {
  readonly headers: readonly string[];
  /** --only, compiled once here: the passes never see the raw strings. */
  readonly only: readonly NamePattern[];
  /** --exclude, compiled once here. */
  readonly exclude: readonly NamePattern[];
  /** --header-glob: widens or (with `!`) narrows the headers the default selection takes (parse/headers.ts). */
  readonly headerGlobs: readonly string[];
  /** --variadic: fixed instantiations of variadic functions, their signatures still unparsed (src/parse does it). */
  readonly variadic: readonly VariadicOption[];
  /** flags for libclang and the C compiler alike: -I, -D, --clang-arg, pkg-config cflags. */
  readonly cflags: readonly string[];
  /** linker flags: -L, -l, pkg-config libs. */
  readonly libs: readonly string[];
  /** --int64: how 64-bit integer results, fields and globals read in JS. */
  readonly int64: 'bigint' | 'number';
  /** --macro: signatures of function-like macros to call as functions (`int SQUARE(int)`), parsed by libclang. */
  readonly macros: readonly string[];
  readonly name: string;
  readonly out: string;
  readonly build: boolean;
  readonly quiet: boolean;
  /** --no-async: no `lib.fn.async` (no async trampolines in the C). */
  readonly async: boolean;
  /** --chunk-size: trampolines per generated C file (0: one file), src/emit/chunks.ts. */
  readonly chunkSize: number;
  /** --report: the JSON file the skipped declarations are written to (src/report). */
  readonly report?: string;
  /** --watch: generate again when an input changes (src/cache/watch.ts). */
  readonly watch: boolean;
  /** --config: the config file, resolved (watched by --watch). */
  readonly configFile?: string;
  /** folder the paths are relative to. */
  readonly cwd: string;
}

/** One --variadic value: `[alias=]<C declaration>`, as given, split at the alias. */
export interface VariadicOption {
  /** the value as the user wrote it, for messages. */
  readonly text: string;
  /** the JS name, when it differs from the C function's (`printf_int=...`). */
  readonly alias?: string;
  /** the C declaration (`int printf(const char *, int)`), which libclang parses. */
  readonly signature: string;
  /** the option it came from, for messages: `variadic` unless `signature` (an unprototyped function). */
  readonly flag?: string;
}

/**
 * Merges the JSON config file (if any) under the flags, fills defaults from `OPTIONS`, and asks
 * pkg-config once. Everything later reads only the returned `Config`.
 */
export function resolveConfig(user: UserOptions, cwd: string = process.cwd()): Config {
  const file = user.config ? readConfigFile(path.resolve(cwd, user.config)) : {};
  const given = dropUndefined(user);
  if (given.headers?.length === 0) delete given.headers;
  const merged = { ...file, ...given } as UserOptions;
  checkOptionValues(merged);
  const get = <K extends keyof typeof OPTIONS>(k: K) => (merged[k] ?? (OPTIONS[k] as OptionSpec).default) as never;
  const headers: string[] = merged.headers ?? [];
  if (headers.length === 0) fail('CI006', { message: noHeaderMessage(merged) });
  const pkgs: string[] = get('pkg');
  const name: string =
    merged.name ??
    path
      .basename(headers[0]!)
      .replace(/\.h$/, '')
      .replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    fail('CI006', {
      message: `--name '${name}' is not a C identifier (letters, digits, _); it names the .node file and the C module`,
    });
  const cflags = [
    ...(get('I') as string[]).map((d) => `-I${path.resolve(cwd, d)}`),
    ...(get('D') as string[]).map((d) => `-D${d}`),
    ...pkgConfig(pkgs, '--cflags'),
    ...(get('clang-arg') as string[]).filter((a) => !a.startsWith('-Wl,')),
  ];
  const libs = [
    ...(get('L') as string[]).map((d) => `-L${path.resolve(cwd, d)}`),
    ...pkgConfig(pkgs, '--libs'),
    ...(get('l') as string[]).map((l) => `-l${l}`),
    // linker flags given as --clang-arg=-Wl,... belong to the link, not to libclang
    ...(get('clang-arg') as string[]).filter((a) => a.startsWith('-Wl,')),
  ];
  return {
    headers,
    only: compilePatterns((get('only') as string[]).map(String)),
    exclude: compilePatterns((get('exclude') as string[]).map(String)),
    headerGlobs: (get('header-glob') as string[]).map(String),
    variadic: [
      ...(get('variadic') as string[]).map((v) => variadicOption(String(v))),
      // an unprototyped function's signature is instantiated like a variadic one (parse/variadic.ts)
      ...(get('signature') as string[]).map((v) => ({ ...variadicOption(String(v)), flag: 'signature' })),
    ],
    cflags,
    libs,
    macros: (get('macro') as string[]).map(String),
    int64: int64Option(String(get('int64'))),
    name,
    out: path.resolve(cwd, merged.out ?? name),
    build: get('build'),
    quiet: get('quiet'),
    async: get('async'),
    chunkSize: chunkSize(merged['chunk-size']),
    ...(merged.report ? { report: path.resolve(cwd, merged.report) } : {}),
    watch: get('watch'),
    ...(user.config ? { configFile: path.resolve(cwd, user.config) } : {}),
    cwd,
  };
}

/** --int64's value: `bigint` or `number`, anything else an error that lists both. */
function int64Option(v: string): 'bigint' | 'number' {
  if (v === 'bigint' || v === 'number') return v;
  return fail('CI006', { message: `--int64 '${v}': expected 'bigint' or 'number'` });
}

/** No header: say when a list option took the header names (`--only 'deflate*' zlib.h`). */
function noHeaderMessage(given: UserOptions): string {
  for (const option of ['only', 'exclude', 'header-glob', 'l', 'L', 'I', 'D', 'pkg'] as const) {
    const swallowed = ((given[option] as string[] | undefined) ?? []).map(String).filter((v) => /\.h$/.test(v));
    const flag = option.length > 1 ? `--${option}` : `-${option}`;
    if (swallowed.length > 0)
      return (
        `no header given: ${flag} took ${swallowed.map((h) => `'${h}'`).join(', ')} as its own value ` +
        `(a list option takes every word after it); put the headers first ` +
        `(cffi-import ${swallowed.join(' ')} ${flag} ...)`
      );
  }
  return 'no header given; usage: cffi-import <header.h...> [options]';
}

/** --chunk-size as a count; the default was measured on GTK 4 with two cores (docs/scale.md). */
function chunkSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CHUNK_SIZE;
  if (!/^\d+$/.test(String(value)))
    fail('CI006', { message: `--chunk-size '${value}' is not a count (0 puts every trampoline in one C file)` });
  return Number(value);
}

const DEFAULT_CHUNK_SIZE = 400;

/** Splits `name=<declaration>`: a C prototype holds no `=`, so the first one ends the alias. */
function variadicOption(text: string): VariadicOption {
  const eq = text.indexOf('=');
  if (eq < 0) return { text, signature: text };
  const alias = text.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias))
    fail('CI006', {
      message: `--variadic '${text}': '${alias}' before '=' is not a C identifier to name the function`,
    });
  return { text, alias, signature: text.slice(eq + 1) };
}

function readConfigFile(file: string): UserOptions {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    fail('CI007', { message: `config file '${file}' cannot be read` });
  }
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    for (const [k, v] of Object.entries(json)) {
      const spec = k === 'headers' ? ({ type: 'array' } as const) : (OPTIONS as Record<string, OptionSpec>)[k];
      if (!spec)
        fail('CI007', {
          message: `config file '${file}': unknown option '${k}' (known: headers, ${Object.keys(OPTIONS).join(', ')})`,
        });
      const ok =
        spec.type === 'array'
          ? typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))
          : typeof v === spec.type;
      const want = spec.type === 'array' ? 'a list of strings' : `a ${spec.type}`;
      if (!ok) fail('CI007', { message: `config file '${file}': '${k}' must be ${want}, got ${JSON.stringify(v)}` });
      if (spec.type === 'array' && typeof v === 'string') json[k] = [v];
    }
    return json as UserOptions;
  } catch (e) {
    if (e instanceof SyntaxError) fail('CI007', { message: `config file '${file}' is not valid JSON: ${e.message}` });
    throw e;
  }
}

function pkgConfig(pkgs: readonly string[], what: '--cflags' | '--libs'): string[] {
  if (pkgs.length === 0) return [];
  try {
    return execFileSync('pkg-config', [what, ...pkgs], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim()
      .split(/\s+/)
      .filter(Boolean);
  } catch (e) {
    const err = e as { stderr?: string; code?: string };
    const why =
      err.code === 'ENOENT'
        ? 'pkg-config is not installed (apt-get install pkg-config)'
        : String(err.stderr ?? e).trim();
    fail('CI008', { what, packages: pkgs.join(' '), why });
  }
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
