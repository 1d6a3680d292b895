#!/usr/bin/env node
/**
 * `npm run test:asan [-- --ci | <mocha args>]`: the spec suite with AddressSanitizer and UndefinedBehaviorSanitizer.
 * Builds the libclang binding with `-fsanitize=address,undefined` into native/build-sanitize/ (the normal
 * native/build/ is untouched), then runs mocha in a Node.js that has the ASan runtime preloaded and
 * CFFI_IMPORT_SANITIZE set, so every module the specs generate is compiled and linked with the same flags
 * (src/compile/toolchain.mjs). Any report stops the process that made it, which fails its spec, and is
 * counted from the output at the end. docs/sanitizers.md says what is covered.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SANITIZE = 'address,undefined';

/** The ASan runtime of the compiler that builds the modules (gcc's libasan.so, or clang's). */
function asanRuntime(env) {
  const cc = (env.CC || 'cc').trim().split(/\s+/)[0];
  for (const name of ['libasan.so', 'libclang_rt.asan-x86_64.so']) {
    const found = execFileSync(cc, [`-print-file-name=${name}`], { encoding: 'utf8' }).trim();
    if (path.isAbsolute(found)) return found;
  }
  throw new Error(`test:asan: ${cc} knows no ASan runtime (install gcc's libasan or clang's compiler-rt)`);
}

const base = { ...process.env, CFFI_IMPORT_SANITIZE: SANITIZE };
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, ['native/build.mjs'], { cwd: root, stdio: 'inherit', env: base });

const env = {
  ...base,
  LD_PRELOAD: [asanRuntime(base), process.env.LD_PRELOAD].filter(Boolean).join(':'),
  // Node.js itself does not free everything at exit: leaks are not what this run looks for
  ASAN_OPTIONS: 'detect_leaks=0:abort_on_error=0:exitcode=86:' + (process.env.ASAN_OPTIONS ?? ''),
  UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1:exitcode=87:' + (process.env.UBSAN_OPTIONS ?? ''),
};
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const started = Date.now();
/**
 * `--ci`: the specs that drive C code hardest, for .ci/run's time budget: the binding on real headers, every
 * golden case's module and check, zlib and sqlite3 end to end, the runtime's natives, variadic calls, both
 * fuzzers. The rest (CLI messages, passes, emit helpers, style) crosses little C that these do not.
 */
const CI_SUBSET = [
  '--no-config',
  'spec/native.spec.js',
  'spec/native-tape.spec.js',
  'dist/spec/golden.spec.js',
  'dist/spec/zlib.spec.js',
  'dist/spec/element-access.spec.js',
  'dist/spec/runtime-natives.spec.js',
  'dist/spec/variadic-libc.spec.js',
  'spec/fuzz/walker.spec.js',
  'spec/fuzz/runtime.spec.js',
];
// everything runs 2-5x slower under ASan: a longer timeout than .mocharc's, unless one is given
const args = process.argv.slice(2).flatMap((a) => (a === '--ci' ? CI_SUBSET : [a]));
const timeout = args.some((a) => a.startsWith('--timeout')) ? [] : ['--timeout', '900000'];
const child = spawn(process.execPath, [mocha, ...timeout, ...args], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let reports = 0;
const scan = (out) => (chunk) => {
  out.write(chunk);
  reports += (String(chunk).match(/ERROR: AddressSanitizer|runtime error:|ERROR: UndefinedBehaviorSanitizer/g) ?? [])
    .length;
};
child.stdout.on('data', scan(process.stdout));
child.stderr.on('data', scan(process.stderr));
child.on('close', (code, signal) => {
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`test:asan: mocha exited ${signal ?? code} after ${secs} s; sanitizer reports: ${reports}`);
  process.exit(code === 0 && reports === 0 ? 0 : 1);
});
