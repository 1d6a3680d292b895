/**
 * The check link: before the real link, the object is linked once more with `-z defs` against a
 * stub of the Node-API functions, so that every symbol no linked library defines shows up. The
 * node binary exports some libraries of its own (zlib, OpenSSL), so a load test alone would miss a
 * forgotten `-l z`.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { diag, fail, type Diagnostic } from '../diagnostics/index.js';
import { libraryFlags, type RuntimeNeeds } from './toolchain.mjs';
import { runCompiler, type Compiler } from './run-compiler.js';

const run = promisify(execFile);

/**
 * Links `objects` with `-z defs`, Node-API stubbed out, so that every undefined strong symbol is an
 * error, and traces where each weak one (the library's functions and variables, see
 * hbs/c/module.hbs) is defined. Returns the weak symbols no linked library defines: all of them
 * means a forgotten `-l` (CI004); some of them are functions a header declares that this build of
 * the library leaves out (sqlite3's `sqlite3_snapshot_*`), which throw when called (CI021). Symbols
 * a static archive of the link defines (glibc's libc_nonshared.a) are not missing: `extract` pulls them in.
 * `tmp` is a scratch folder for the stub and the trial link.
 */
export async function checkLink(
  compiler: Compiler,
  objects: readonly string[],
  tmp: string,
  libs: readonly string[],
  needs: RuntimeNeeds = {},
): Promise<LinkCheck> {
  const { stdout } = await run('nm', ['-u', ...objects], { maxBuffer: 64 << 20 }).catch(() => ({ stdout: '' }));
  const undef = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length === 2);
  const napi = [...new Set(undef.map((f) => f[1]!).filter((n) => /^(napi|node_api)_\w+$/.test(n)))];
  const weak = [...new Set(undef.filter((f) => f[0] === 'w').map((f) => f[1]!))];
  const stubSource = path.join(tmp, 'napi-stub.c');
  fs.writeFileSync(stubSource, napi.map((n) => `void ${n}(void) {}\n`).join(''));
  const stub = path.join(tmp, 'libcffi_napi_stub.so');
  await runCompiler(compiler, ['-shared', '-fPIC', stubSource, '-o', stub], stubSource);
  const traces = path.join(tmp, 'trace.rsp');
  fs.writeFileSync(traces, weak.map((n) => `-Wl,--trace-symbol=${n}\n`).join(''));
  const checkArgs = [
    '-shared',
    ...objects,
    '-o',
    path.join(tmp, 'check.so'),
    '-Wl,-z,defs',
    `-L${tmp}`,
    '-lcffi_napi_stub',
  ];
  const { stdout: out, stderr: err } = await runCompiler(
    compiler,
    [...checkArgs, ...libraryFlags(libs, needs), `@${traces}`],
    objects[0]!,
  );
  const defined = new Set([...(out + err).matchAll(/: definition of (\S+)/g)].map((m) => m[1]!));
  const undefinedWeak = weak.filter((n) => !defined.has(n)).sort();
  const archived = await fromArchives(compiler, objects, tmp, undefinedWeak, [...libraryFlags(libs, needs)]);
  const missing = undefinedWeak.filter((n) => !archived.includes(n));
  if (missing.length > 0 && missing.length === weak.length)
    fail('CI004', {
      symbol: missing.slice(0, 8).join("', '") + (missing.length > 8 ? `' and ${missing.length - 8} more` : ''),
    });
  return { missing, extract: archived.map((n) => `-Wl,--undefined=${n}`) };
}

/**
 * Of the weak symbols no shared library defines, those a static archive of the link provides:
 * glibc's `libc.so` is a linker script that adds `libc_nonshared.a` (`atexit`, `pthread_atfork`,
 * `stat` on older glibc), and a weak reference never pulls a member out of an archive, so the
 * module would hold NULL for them. Asking for them with `--undefined` (no `-z defs` this time)
 * pulls the member in; the real link then does the same (`extract`).
 */
async function fromArchives(
  compiler: Compiler,
  objects: readonly string[],
  tmp: string,
  names: readonly string[],
  libFlags: readonly string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const rsp = path.join(tmp, 'archives.rsp');
  fs.writeFileSync(rsp, names.map((n) => `-Wl,--undefined=${n}\n-Wl,--trace-symbol=${n}\n`).join(''));
  const args = ['-shared', ...objects, '-o', path.join(tmp, 'archives.so'), `-L${tmp}`, '-lcffi_napi_stub'];
  const { stdout, stderr } = await runCompiler(compiler, [...args, ...libFlags, `@${rsp}`], objects[0]!);
  const found = new Set([...(stdout + stderr).matchAll(/\.a\([^)]*\): definition of (\S+)/g)].map((m) => m[1]!));
  return names.filter((n) => found.has(n));
}

/** What the check link found: symbols no library defines, and the link flags that pull archive members in. */
export interface LinkCheck {
  /** weak symbols nothing defines: calling or reading them throws (CI021). */
  readonly missing: string[];
  /** `-Wl,--undefined=<name>` for each symbol only a static archive of the link defines. */
  readonly extract: string[];
}

/** The warning for library symbols the check link found missing (CI021), naming the first twelve. */
export function missingDiagnostics(missing: readonly string[]): Diagnostic[] {
  const more = missing.length > 12 ? ` … and ${missing.length - 12} more` : '';
  const shown = missing.slice(0, 12).join(', ') + more;
  return missing.length ? [diag('CI021', { count: missing.length, names: shown })] : [];
}
