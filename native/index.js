/**
 * The libclang binding (types: ./index.d.ts). Loads native/build/clang.node, which `npm install`
 * builds (native/build.mjs). When the install step did not run (npm's allow-scripts,
 * --ignore-scripts) the binding is built here, once, on first use: into native/build when the
 * package folder is writable, else into ${XDG_CACHE_HOME:-~/.cache}/cffi-import/<sources hash>/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addonName, buildAddon, defaultOutDir, isBuiltFromCurrentSources, sourcesHash } from './build.mjs';
import { decodeEvaluation, decodeTranslationUnit } from './decode.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'cffi-import', sourcesHash());
}

function isWritable(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function load(file) {
  try {
    return require(file);
  } catch (e) {
    throw new Error(
      `cffi-import: cannot load the libclang binding ${file}: ${e.message}\n` +
        `  Rebuild it with: node ${path.join(here, 'build.mjs')} (LIBCLANG_PATH selects the libclang)`,
    );
  }
}

/** The built binding to use, building it first when there is none for the current sources. */
function locateAddon() {
  const local = path.join(defaultOutDir, addonName);
  // a binding from an older checkout of the sources is rebuilt; one without a stamp is used as is
  if (fs.existsSync(local) && (isBuiltFromCurrentSources(defaultOutDir) || !fs.existsSync(`${local}.stamp.json`)))
    return local;
  const cached = cacheDir();
  if (isBuiltFromCurrentSources(cached)) return path.join(cached, addonName);
  const first = !fs.existsSync(local);
  process.stderr.write(
    first
      ? 'cffi-import: building the libclang binding (first run, once)…\n'
      : 'cffi-import: rebuilding the libclang binding (its sources changed)…\n',
  );
  return buildAddon({ quiet: true, outDir: isWritable(defaultOutDir) ? defaultOutDir : cached });
}

let addon;
function binding() {
  addon ??= load(locateAddon());
  return addon;
}

/** @type {typeof import('./index.d.ts').parse} */
export function parse(options) {
  return decodeTranslationUnit(binding().parse(options));
}

/** @type {typeof import('./index.d.ts').evaluate} */
export function evaluate(options) {
  return decodeEvaluation(binding().evaluate(options));
}

/**
 * The addon itself, undecoded: `parse` and `evaluate` return the tape `{ tape, strings }`
 * (spec/native-tape.spec.js reads it with native/tape-layout.js, apart from decode.js).
 */
export function rawBinding() {
  return binding();
}
