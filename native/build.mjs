#!/usr/bin/env node
/**
 * The install step (`npm install` runs `node native/build.mjs`): compiles native/clang/*.c against
 * the system's libclang into native/build/clang.node. native/index.js calls buildAddon() itself
 * when the install step did not run (npm's allow-scripts, --ignore-scripts).
 *
 * libclang is looked for in: $LIBCLANG_PATH (the folder holding libclang.so), `llvm-config`, then
 * the newest /usr/lib/llvm-N. The build is skipped when a stamp beside clang.node says that the
 * sources, the compiler, the flags and the libclang are the same as last time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  SHARED_OBJECT_FLAGS,
  compilerCommand,
  findNodeApiInclude,
  nodeApiIncludeCandidates,
  sanitizeFlags,
} from '../src/compile/toolchain.mjs';
import { checkSurface, describeSurface } from './check-surface.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.join(here, 'clang');
/**
 * Where `npm install` puts the binding; a sanitized build (`$CFFI_IMPORT_SANITIZE`, see
 * docs/sanitizers.md) goes to its own folder so that the normal one stays as it is.
 */
export const defaultOutDir = path.join(here, sanitizeFlags().length ? 'build-sanitize' : 'build');
export const addonName = 'clang.node';
const stampName = 'clang.node.stamp.json';

const NOT_FOUND =
  'cffi-import: libclang not found. Install it: apt-get install libclang-dev ' +
  '(or set LIBCLANG_PATH to the folder that holds libclang.so)';

/** An error whose message is meant for the person running the install. */
export class BuildError extends Error {}

const isDarwin = process.platform === 'darwin';
const hasIndexH = (dir) => !!dir && fs.existsSync(path.join(dir, 'clang-c', 'Index.h'));

/** The libclang shared library in `dir` and the linker flag that names it, or undefined. */
function libraryIn(dir) {
  if (!dir || !fs.existsSync(dir)) return undefined;
  const plain = isDarwin ? 'libclang.dylib' : 'libclang.so';
  if (fs.existsSync(path.join(dir, plain))) return { file: path.join(dir, plain), flag: '-lclang' };
  if (isDarwin) return undefined;
  // only a versioned name (libclang.so.14, libclang-14.so.1): name it exactly (GNU ld's -l:)
  const versioned = fs
    .readdirSync(dir)
    .filter((f) => /^libclang(-[\d.]+)?\.so(\.[\d.]+)?$/.test(f))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return versioned.length ? { file: path.join(dir, versioned[0]), flag: `-l:${versioned[0]}` } : undefined;
}

function llvmConfig(env, ...args) {
  const tool = env.LLVM_CONFIG || 'llvm-config';
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Finds libclang: `{ libDir, includeDir, flag, source }`.
 * @param {NodeJS.ProcessEnv} [env] LIBCLANG_PATH, LLVM_CONFIG (default `llvm-config`)
 * @param {string[]} [searchRoots] folders holding llvm-N/ installations, newest first wins
 * @throws {BuildError} with the install hint when there is none.
 */
export function findLibclang(env = process.env, searchRoots = ['/usr/lib', '/usr/local/opt', '/opt/homebrew/opt']) {
  if (env.LIBCLANG_PATH) {
    let dir = path.resolve(env.LIBCLANG_PATH);
    if (fs.existsSync(dir) && fs.statSync(dir).isFile()) dir = path.dirname(dir);
    const lib = libraryIn(dir);
    if (!lib)
      throw new BuildError(`${NOT_FOUND}\n  LIBCLANG_PATH=${env.LIBCLANG_PATH} holds no libclang shared library.`);
    const includeDir = [path.join(dir, '..', 'include'), llvmConfig(env, '--includedir')].find(hasIndexH);
    if (!includeDir) {
      throw new BuildError(
        `${NOT_FOUND}\n  LIBCLANG_PATH=${env.LIBCLANG_PATH} has libclang but no clang-c/Index.h in ../include ` +
          '(install the -dev package).',
      );
    }
    return { libDir: dir, includeDir: path.resolve(includeDir), flag: lib.flag, source: 'LIBCLANG_PATH' };
  }
  const libDir = llvmConfig(env, '--libdir');
  const includeDir = llvmConfig(env, '--includedir');
  const lib = libraryIn(libDir);
  if (lib && hasIndexH(includeDir)) return { libDir, includeDir, flag: lib.flag, source: 'llvm-config' };

  const roots = searchRoots
    .filter((root) => fs.existsSync(root))
    .flatMap((root) =>
      fs
        .readdirSync(root)
        .filter((d) => /^llvm(-\d+(\.\d+)*)?$/.test(d))
        .map((d) => path.join(root, d)),
    )
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const root of roots) {
    const found = libraryIn(path.join(root, 'lib'));
    if (found && hasIndexH(path.join(root, 'include'))) {
      return { libDir: path.join(root, 'lib'), includeDir: path.join(root, 'include'), flag: found.flag, source: root };
    }
  }
  throw new BuildError(NOT_FOUND);
}

/**
 * Finds the folder that holds node_api.h (src/compile/toolchain.mjs looks, as for every module).
 * @throws {BuildError}
 */
export function findNodeHeaders(env = process.env) {
  const found = findNodeApiInclude(env);
  if (!found) {
    throw new BuildError(
      `cffi-import: Node.js headers (node_api.h) not found in ${nodeApiIncludeCandidates(env).join(', ')}. ` +
        'Install them (apt-get install nodejs-dev / libnode-dev), or set NODE_API_INCLUDE to the folder ' +
        'that holds node_api.h or npm_config_nodedir to a Node.js source or headers folder.',
    );
  }
  return found;
}

/** The .c and .h files of the binding, sorted. */
function sourceFiles() {
  return fs
    .readdirSync(sourceDir)
    .filter((f) => /\.[ch]$/.test(f))
    .sort();
}

/** A hash of the binding's sources alone: names the cache folder (cheap, no tool is run). */
export function sourcesHash() {
  const h = crypto.createHash('sha256');
  for (const f of sourceFiles())
    h.update(f)
      .update('\0')
      .update(fs.readFileSync(path.join(sourceDir, f)))
      .update('\0');
  return h.digest('hex').slice(0, 16);
}

function compileCommand(outFile, env) {
  const libclang = findLibclang(env);
  const nodeHeaders = findNodeHeaders(env);
  const { cc, args: ccArgs } = compilerCommand(env);
  const sources = sourceFiles()
    .filter((f) => f.endsWith('.c'))
    .map((f) => path.join(sourceDir, f));
  const args = [
    ...ccArgs,
    ...SHARED_OBJECT_FLAGS,
    '-shared',
    '-std=c11',
    '-Wall',
    `-I${nodeHeaders}`,
    `-I${libclang.includeDir}`,
    ...sources,
    `-L${libclang.libDir}`,
    libclang.flag,
    `-Wl,-rpath,${libclang.libDir}`,
    ...(isDarwin ? ['-undefined', 'dynamic_lookup'] : []),
    '-o',
    outFile,
  ];
  return { cc, args, libclang };
}

function readStamp(outDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, stampName), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether `outDir` holds a binding built from the current sources (by the stamp; no tool is run). */
export function isBuiltFromCurrentSources(outDir = defaultOutDir) {
  const stamp = readStamp(outDir);
  return !!stamp && stamp.sources === sourcesHash() && fs.existsSync(path.join(outDir, addonName));
}

/**
 * Builds native/build/clang.node (or `outDir`/clang.node) unless an up-to-date one is there.
 * @param {{ quiet?: boolean, outDir?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {string} the path of the built binding
 * @throws {BuildError} when libclang, the Node.js headers or the compiler fail
 */
export function buildAddon({ quiet = false, outDir = defaultOutDir, env = process.env } = {}) {
  const surface = checkSurface(sourceDir);
  if (!surface.ok)
    throw new BuildError(
      describeSurface(surface)
        .map((l) => `cffi-import: ${l}`)
        .join('\n'),
    );

  const outFile = path.join(outDir, addonName);
  const tmpFile = path.join(outDir, `${addonName}.${process.pid}.tmp`);
  const { cc, args, libclang } = compileCommand(tmpFile, env);
  const sources = sourcesHash();
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify({ sources, cc, args: args.map((a) => (a === tmpFile ? '<out>' : a)) }))
    .digest('hex');
  const stamp = readStamp(outDir);
  if (stamp && stamp.hash === hash && fs.existsSync(outFile)) {
    if (!quiet) console.log(`cffi-import: ${outFile} is up to date`);
    return outFile;
  }

  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new BuildError(`cffi-import: cannot create ${outDir} for the libclang binding: ${e.message}`);
  }
  try {
    const shown = quiet ? 'pipe' : 'inherit'; // compiler warnings are shown unless quiet
    execFileSync(cc, args, { stdio: ['ignore', shown, shown], encoding: 'utf8' });
  } catch (e) {
    fs.rmSync(tmpFile, { force: true });
    const output = [e.stdout, e.stderr].filter(Boolean).join('\n').trim();
    const reason =
      e.code === 'ENOENT'
        ? `the C compiler "${cc}" was not found (install gcc or clang, or set CC)`
        : output || e.message;
    throw new BuildError(
      `cffi-import: building the libclang binding failed: ${reason}\n  command: ${cc} ${args.join(' ')}`,
    );
  }
  fs.renameSync(tmpFile, outFile); // atomic: a concurrent loader sees the old file or the new one
  fs.writeFileSync(
    path.join(outDir, stampName),
    JSON.stringify({ hash, sources, cc, libclang: libclang.libDir, includeDir: libclang.includeDir }, null, 2) + '\n',
  );
  if (!quiet)
    console.log(`cffi-import: built ${outFile} (libclang from ${libclang.libDir}, found via ${libclang.source})`);
  return outFile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    buildAddon();
  } catch (e) {
    console.error(
      e instanceof BuildError ? e.message : `cffi-import: building the libclang binding failed: ${e.stack ?? e}`,
    );
    process.exit(1);
  }
}
