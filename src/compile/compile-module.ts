import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config } from '../config/index.js';
import { diag, fail, type Diagnostic } from '../diagnostics/index.js';
import { VERSION } from '../paths.js';

const run = promisify(execFile);

/** Where `node_api.h` is: beside the running node, npm's nodedir, or the system's. */
export function nodeIncludeDir(): string {
  const candidates = [
    process.env.NODE_API_INCLUDE,
    path.join(path.dirname(process.execPath), '..', 'include', 'node'),
    process.env.npm_config_nodedir && path.join(process.env.npm_config_nodedir, 'include', 'node'),
    '/usr/include/node',
    '/usr/local/include/node',
  ].filter((d): d is string => !!d);
  const found = candidates.find((d) => fs.existsSync(path.join(d, 'node_api.h')));
  if (!found)
    fail('CI006', {
      message: `node_api.h not found (looked in ${candidates.join(', ')}); install Node.js's headers (Debian: libnode-dev) or set NODE_API_INCLUDE`,
    });
  return found;
}

/** Compile flags for a module (hashed for the cache). */
export function compileArgs(config: Config): string[] {
  // node_api.h's folder goes last (-idirafter): it also holds Node's own copy of zlib.h, which must not shadow the system's.
  // -fno-plt: calls to Node-API and the library go through the GOT directly (the module is bound
  // at load anyway); it takes a few ns off every call (bench/, docs/representations.md)
  return [
    '-O2',
    '-fPIC',
    '-fno-plt',
    '-std=gnu11',
    '-w',
    `-I${config.out}`,
    ...config.cflags,
    '-idirafter',
    nodeIncludeDir(),
  ];
}

/**
 * Compiles `<out>/<name>.c` into `<out>/<name>.node` with the system C compiler (no node-gyp, no
 * Python), skipping the work when sources and flags are unchanged (content hash). Before the real
 * link, a check link with `-z defs` against a stub of the Node-API functions finds every symbol
 * that no linked library defines (CI004) — the node binary exports some libraries of its own
 * (zlib, OpenSSL), so a load test alone would miss a forgotten `-l z`. Finally the module is
 * loaded once with every symbol bound.
 */
export async function buildModule(config: Config): Promise<{ node: string; diagnostics: Diagnostic[] }> {
  const cc = process.env.CC ?? 'cc';
  const source = path.join(config.out, `${config.name}.c`);
  const output = path.join(config.out, `${config.name}.node`);
  const cflags = compileArgs(config);
  // --no-as-needed: references to the libraries are weak, which --as-needed would not count as a need
  const linkFlags = ['-Wl,--no-as-needed', ...config.libs, '-lm'];
  const hash = crypto
    .createHash('sha256')
    .update(cc)
    .update('\0')
    .update([...cflags, ...linkFlags, VERSION].join('\0'))
    .update(fs.readFileSync(source))
    .update(fs.readFileSync(path.join(config.out, 'cffi.h')))
    .digest('hex');
  const stampFile = path.join(config.out, '.cffi-build-hash');
  const stamp = readStamp(stampFile);
  const cached = fs.existsSync(output) && stamp?.hash === hash;
  // a cached module that no longer loads (damaged, or its libraries changed) is built again
  if (cached && loads(output)) return { node: output, diagnostics: missingDiagnostics(stamp.missing) };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cffi-build-'));
  let missing: string[];
  try {
    const object = path.join(tmp, `${config.name}.o`);
    await compiler(cc, [...cflags, '-c', source, '-o', object], source);
    missing = await checkSymbols(cc, object, tmp, config);
    await compiler(cc, ['-shared', object, '-o', output, ...linkFlags], source);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.writeFileSync(stampFile, JSON.stringify({ hash, missing }) + '\n');
  verifyLoad(output);
  return { node: output, diagnostics: missingDiagnostics(missing) };
}

function missingDiagnostics(missing: readonly string[]): Diagnostic[] {
  const shown = missing.slice(0, 12).join(', ') + (missing.length > 12 ? ` … and ${missing.length - 12} more` : '');
  return missing.length ? [diag('CI021', { count: missing.length, names: shown })] : [];
}

function loads(file: string): boolean {
  try {
    verifyLoad(file);
    return true;
  } catch {
    return false;
  }
}

async function compiler(cc: string, args: string[], source: string): Promise<void> {
  await compilerOutput(cc, args, source);
}

async function compilerOutput(cc: string, args: string[], source: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(cc, args, { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string | number };
    if (err.code === 'ENOENT')
      fail('CI006', { message: `C compiler '${cc}' not found; install one (apt-get install gcc) or set CC` });
    const output = String(err.stderr ?? e);
    const missingLib = /cannot find -l([\w.+-]+)/.exec(output);
    if (missingLib)
      fail('CI006', {
        message: `library '${missingLib[1]}' not found by the linker: install its development package or pass its folder with -L`,
      });
    const undefinedRefs = [...output.matchAll(/undefined reference to `([^']+)'/g)].map((m) => m[1]!);
    if (undefinedRefs.length) fail('CI004', { symbol: [...new Set(undefinedRefs)].sort().join("', '") });
    fail('CI005', { file: source, output: output.split('\n').slice(0, 30).join('\n') });
  }
}

/** Links once more with `-z defs`, Node-API stubbed out, so every other undefined symbol is an error. */
/**
 * Links once more with `-z defs`, Node-API stubbed out, so that every undefined strong symbol is
 * an error, and traces where each weak one (the library's functions and variables, see
 * hbs/c/module.hbs) is defined. Returns the weak symbols no linked library defines: all of them
 * means a forgotten `-l` (CI004); some of them are functions a header declares that this build of
 * the library leaves out (sqlite3's `sqlite3_snapshot_*`), which throw when called (CI021).
 */
async function checkSymbols(cc: string, object: string, tmp: string, config: Config): Promise<string[]> {
  const { stdout } = await run('nm', ['-u', object]).catch(() => ({ stdout: '' }));
  const undef = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 2);
  const napi = undef.map((f) => f[1]!).filter((n) => /^(napi|node_api)_\w+$/.test(n));
  const weak = undef.filter((f) => f[0] === 'w').map((f) => f[1]!);
  const stubSource = path.join(tmp, 'napi-stub.c');
  fs.writeFileSync(stubSource, napi.map((n) => `void ${n}(void) {}\n`).join(''));
  await compiler(cc, ['-shared', '-fPIC', stubSource, '-o', path.join(tmp, 'libcffi_napi_stub.so')], stubSource);
  const traces = path.join(tmp, 'trace.rsp');
  fs.writeFileSync(traces, weak.map((n) => `-Wl,--trace-symbol=${n}\n`).join(''));
  const { stdout: out, stderr: err } = await compilerOutput(
    cc,
    [
      '-shared',
      object,
      '-o',
      path.join(tmp, 'check.so'),
      '-Wl,-z,defs',
      `-L${tmp}`,
      '-lcffi_napi_stub',
      ...config.libs,
      '-lm',
      `@${traces}`,
    ],
    object,
  );
  const defined = new Set([...(out + err).matchAll(/: definition of (\S+)/g)].map((m) => m[1]!));
  const missing = weak.filter((n) => !defined.has(n)).sort();
  if (missing.length > 0 && missing.length === weak.length)
    fail('CI004', {
      symbol: missing.slice(0, 8).join("', '") + (missing.length > 8 ? `' and ${missing.length - 8} more` : ''),
    });
  return missing;
}

function readStamp(file: string): { hash: string; missing: string[] } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { hash: string; missing: string[] };
  } catch {
    return undefined;
  }
}

/** Loads the module with every symbol bound now; an unresolved one names the missing library. */
function verifyLoad(file: string): void {
  try {
    process.dlopen(
      { exports: {} } as NodeJS.Module,
      file,
      os.constants.dlopen.RTLD_NOW | (os.constants.dlopen.RTLD_DEEPBIND ?? 0),
    );
  } catch (e) {
    const msg = (e as Error).message;
    const sym = /undefined symbol: (\S+)/.exec(msg);
    if (sym) fail('CI004', { symbol: sym[1]! });
    fail('CI006', { message: `the built module ${file} does not load: ${msg}` });
  }
}
