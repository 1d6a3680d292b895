/**
 * A variadic call, `snprintf(buf, 64, "%d %.2f %s", int, double, string)` on the real libc: the
 * module cffi-import generates from stdio.h calls it through libffi, each extra a cast scalar (made
 * once, or per call) or a string; a `--variadic` fixed instantiation calls it directly; koffi's
 * variadic call, for scale. The formatting itself is part of every figure.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';

import { buildDir } from '../lib/build.mjs';

export const section = {
  id: 'variadic',
  title: 'Variadic calls (ns/call; ratio vs the fixed instantiation)',
  refCol: 'fixed',
  columns: [
    ['fixed', "--variadic 'int snprintf(char *, size_t, const char *, int, double, const char *)': a direct call"],
    ['libffi', 'lib.snprintf(buf, 64, fmt, I, D, "hi") through libffi, I and D cast once'],
    ['libffi+cast', 'the same, ffi.cast("int", …) and ffi.cast("double", …) made in each call'],
    ['koffi', "koffi 3.3.4's variadic call: snprintf(buf, 64, fmt, 'int', 42, 'double', 2.5, 'str', 'hi')"],
  ],
};

/** Generates the libc module once (bench/.build/variadic) and loads it (it is CommonJS). */
function loadLibc() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out = join(buildDir, 'variadic');
  const fixed = 'snprintf3=int snprintf(char *, size_t, const char *, int, double, const char *)';
  execFileSync(
    process.execPath,
    [join(root, 'dist', 'cli', 'main.js'), 'stdio.h', '--only', 'snprintf', '--variadic', fixed, '-o', out, '-q'],
    { stdio: 'inherit' },
  );
  return createRequire(import.meta.url)(join(out, 'index.js'));
}

/** @param {ReturnType<import('../lib/env.mjs').makeEnv>} _env */
export function methods(_env) {
  const { ffi, lib } = loadLibc();
  const K = koffi.load('libc.so.6').func('int snprintf(char *buf, size_t n, const char *fmt, ...)');
  const BUF = Buffer.alloc(64);
  const ROW = 'snprintf(buf, 64, "%d %.2f %s", 42, 2.5, "hi")';
  const ctx = { F: lib.snprintf3, V: lib.snprintf, K, BUF, ffi, I: ffi.cast('int', 42), D: ffi.cast('double', 2.5) };
  const add = (col, body) => ({ section: 'variadic', row: ROW, col, ctx, body, probe: false });
  return [
    add('fixed', "acc = (acc + F(BUF, 64, '%d %.2f %s', 42, 2.5, 'hi')) | 0;"),
    add('libffi', "acc = (acc + V(BUF, 64, '%d %.2f %s', I, D, 'hi')) | 0;"),
    add(
      'libffi+cast',
      "acc = (acc + V(BUF, 64, '%d %.2f %s', ffi.cast('int', 42), ffi.cast('double', 2.5), 'hi')) | 0;",
    ),
    add('koffi', "acc = (acc + K(BUF, 64, '%d %.2f %s', 'int', 42, 'double', 2.5, 'str', 'hi')) | 0;"),
  ];
}
