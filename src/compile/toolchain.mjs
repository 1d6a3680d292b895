// @ts-check
/**
 * The C toolchain, defined once for the three places that compile or describe a compile: the module
 * build (src/compile), the build recipe shipped with each module (binding.gyp, src/emit/recipe.ts)
 * and the libclang binding's install script (native/build.mjs). Plain JavaScript typed by JSDoc,
 * because `npm install` runs native/build.mjs before TypeScript is compiled; tsc checks it and
 * copies it to dist/ (tsconfig.json's allowJs lists this file alone).
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Flags of every shared object cffi-import compiles itself (generated modules, the libclang
 * binding). binding.gyp leaves them out: node-gyp sets its own optimisation level and PIC.
 */
export const SHARED_OBJECT_FLAGS = Object.freeze(['-O2', '-fPIC']);

/**
 * Optimisation of a generated module built here: -O1 inlines the runtime's `static inline`
 * conversions as -O2 does (the same ns per call in `npm run bench`) in about half the compile
 * time of a library the size of GTK (docs/scale.md).
 */
export const MODULE_OPT_FLAGS = Object.freeze(['-O1', '-fPIC']);

/**
 * How generated C is compiled wherever it is compiled (here and by binding.gyp). -fno-plt: calls to
 * Node-API and the library go through the GOT directly (the module is bound at load anyway); it
 * takes a few ns off every call (bench/, docs/representations.md).
 */
export const MODULE_C_FLAGS = Object.freeze(['-std=gnu11', '-fno-plt']);

/**
 * The C compiler command: `$CC` (which may carry arguments, as in `CC='ccache gcc'`) or `cc`, plus
 * the sanitizer flags of `$CFFI_IMPORT_SANITIZE`. They ride on the command so that every compile and
 * link of the libclang binding and of generated modules gets them (and hashes them: a sanitized build
 * never reuses a normal one), while binding.gyp, which does not run this command, stays as it is.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ cc: string, args: string[] }}
 */
export function compilerCommand(env = process.env) {
  const [cc = 'cc', ...args] = (env.CC || 'cc').trim().split(/\s+/);
  return { cc, args: [...args, ...sanitizeFlags(env)] };
}

/**
 * Sanitizer flags from `$CFFI_IMPORT_SANITIZE` (`address,undefined`; `npm run test:asan` sets it, see
 * docs/sanitizers.md), read here alone. Empty when unset; anything but a list of names is refused.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string[]}
 */
export function sanitizeFlags(env = process.env) {
  const list = (env.CFFI_IMPORT_SANITIZE ?? '').trim();
  if (!list) return [];
  if (!/^[a-z-]+(,[a-z-]+)*$/.test(list))
    throw new Error(`cffi-import: CFFI_IMPORT_SANITIZE must list sanitizers (address,undefined), not "${list}"`);
  // frame pointers and line tables make reports readable; no recovery: the first report stops the process
  return [`-fsanitize=${list}`, '-fno-sanitize-recover=all', '-fno-omit-frame-pointer', '-g'];
}

/**
 * Where `node_api.h` may be, in order: $NODE_API_INCLUDE, beside the running node, npm's nodedir,
 * the system's.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string[]}
 */
export function nodeApiIncludeCandidates(env = process.env) {
  return [
    env.NODE_API_INCLUDE,
    path.join(path.dirname(process.execPath), '..', 'include', 'node'),
    env.npm_config_nodedir && path.join(env.npm_config_nodedir, 'include', 'node'),
    '/usr/include/node',
    '/usr/local/include/node',
  ]
    .filter((dir) => !!dir)
    .map((dir) => path.resolve(/** @type {string} */ (dir)));
}

/**
 * The first folder of nodeApiIncludeCandidates() that holds `node_api.h`; undefined lets each
 * caller word the error for its own reader (a diagnostic, or an install message).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function findNodeApiInclude(env = process.env) {
  return nodeApiIncludeCandidates(env).find((dir) => fs.existsSync(path.join(dir, 'node_api.h')));
}

/**
 * Compile flags of a generated module built here (also hashed for the cache). `out` is the output
 * folder, which holds `<name>.c` and the runtime header `cffi.h`. node_api.h's folder goes last
 * (-idirafter): it also holds Node's own copy of zlib.h, which must not shadow the system's.
 * @param {{ out: string, cflags: readonly string[], nodeApiInclude: string }} module
 * @returns {string[]}
 */
export function moduleCompileFlags({ out, cflags, nodeApiInclude }) {
  const moduleInclude = `-I${out}`; // <name>.c and cffi.h sit together in the output folder
  return [...MODULE_OPT_FLAGS, ...MODULE_C_FLAGS, '-w', moduleInclude, ...cflags, '-idirafter', nodeApiInclude];
}

/**
 * The compile flags binding.gyp gives node-gyp, which adds optimisation, PIC, node_api.h's folder
 * and the module's own folder (`include_dirs`) itself.
 * @param {readonly string[]} cflags the user's flags (-I, -D, pkg-config cflags)
 * @returns {string[]}
 */
export function recipeCompileFlags(cflags) {
  return [...MODULE_C_FLAGS, ...cflags];
}

/**
 * What the runtime's C half needs linked besides libm, by what the module holds: libffi
 * (Debian's libffi-dev) when it calls a variadic function (src/runtime/cffi-variadic.h). A module
 * without one links nothing more, so importing zlib never requires libffi.
 * @typedef {{ readonly libffi?: boolean }} RuntimeNeeds
 */

/**
 * The libraries a module links: the user's (-L, -l, pkg-config libs), what the runtime needs, libm.
 * @param {readonly string[]} libs
 * @param {RuntimeNeeds} [needs]
 * @returns {string[]}
 */
export function libraryFlags(libs, needs = {}) {
  return [...libs, ...(needs.libffi ? ['-lffi'] : []), '-lm'];
}

/**
 * Link flags of a generated module, here and in binding.gyp. --no-as-needed: the module refers to
 * the library's symbols weakly, which --as-needed would not count as a need.
 * @param {readonly string[]} libs
 * @param {RuntimeNeeds} [needs]
 * @returns {string[]}
 */
export function moduleLinkFlags(libs, needs = {}) {
  return ['-Wl,--no-as-needed', ...runPathFlags(libs), ...libraryFlags(libs, needs)];
}

/**
 * Every `-L` folder also becomes the module's run path, so a library outside the system folders
 * loads without LD_LIBRARY_PATH, as it linked. -Xlinker, not -Wl: a folder may hold a comma.
 * @param {readonly string[]} libs
 * @returns {string[]}
 */
export function runPathFlags(libs) {
  const dirs = libs.filter((f) => f.startsWith('-L') && f.length > 2).map((f) => f.slice(2));
  return [...new Set(dirs)].flatMap((dir) => ['-Xlinker', '-rpath', '-Xlinker', dir]);
}
