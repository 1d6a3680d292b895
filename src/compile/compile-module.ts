/**
 * The module build: `<out>/<name>.c` and a large module's parts `<name>.<k>.c` → `<out>/<name>.node`
 * with the system C compiler (no node-gyp, no Python). The parts compile in parallel, one object
 * each, cached by content (objects.ts); then the check link (check-link.ts), the link, and one load
 * (load-check.ts). The whole build is skipped when its inputs are unchanged (cache.ts). The flags
 * come from toolchain.mjs, which binding.gyp and the libclang binding's install script share.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { fail, type Diagnostic } from '../diagnostics/index.js';
import { buildHash, cachedBuild, recordBuild } from './cache.js';
import { checkLink, missingDiagnostics } from './check-link.js';
import { loads, verifyLoad } from './load-check.js';
import { compileObjects } from './objects.js';
import { runCompiler } from './run-compiler.js';
import {
  compilerCommand,
  findNodeApiInclude,
  moduleCompileFlags,
  moduleLinkFlags,
  nodeApiIncludeCandidates,
  type RuntimeNeeds,
} from './toolchain.mjs';

/** What a build may be told besides the config. */
export interface BuildOptions {
  /** the C files, relative to the output folder (default: `<name>.c` and every `<name>.<k>.c` there). */
  readonly sources?: readonly string[];
  /** a hash of the headers the sources include (src/cache), so a changed system header rebuilds. */
  readonly headersKey?: string;
  /** told what the build is doing (`compile 3/15`), for a progress line. */
  readonly progress?: (what: string) => void;
}

/**
 * Compiles the module's C files into `<out>/<name>.node`, reusing the last build when sources and
 * flags are unchanged and it still loads, and each part's object when that part is unchanged.
 * Returns the module's path and the check link's warnings (CI021); a symbol no linked library
 * defines fails the build (CI004). `needs` is what the emitted module asks of the runtime's
 * libraries (libffi for variadic calls: `moduleNeeds`).
 */
export async function buildModule(
  config: Config,
  needs: RuntimeNeeds = {},
  options: BuildOptions = {},
): Promise<{ node: string; diagnostics: Diagnostic[] }> {
  const compiler = compilerCommand();
  const sources = (options.sources ?? moduleSources(config.out, config.name)).map((f) => path.join(config.out, f));
  const output = path.join(config.out, `${config.name}.node`);
  const cflags = moduleCompileFlags({ out: config.out, cflags: config.cflags, nodeApiInclude: nodeApiInclude() });
  const linkFlags = moduleLinkFlags(config.libs, needs);
  const headers = runtimeHeaders(config.out);
  const hash = buildHash({
    compiler: [compiler.cc, ...compiler.args],
    compileFlags: [...cflags, options.headersKey ?? ''],
    linkFlags,
    files: [...sources, ...headers],
  });
  const cached = cachedBuild(config.out, hash, output);
  if (cached && loads(output)) return { node: output, diagnostics: missingDiagnostics(cached.missing) };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cffi-build-'));
  let missing: string[];
  try {
    const shared = { compiler, cflags, headers, headersKey: options.headersKey ?? '' };
    const objects = await compileObjects(config.out, sources, shared, options.progress);
    options.progress?.('link');
    const link = await checkLink(compiler, objects, tmp, config.libs, needs);
    missing = link.missing;
    await runCompiler(compiler, ['-shared', ...objects, '-o', output, ...linkFlags, ...link.extract], sources[0]!);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  recordBuild(config.out, { hash, missing });
  verifyLoad(output);
  return { node: output, diagnostics: missingDiagnostics(missing) };
}

/** `<name>.c` first, then the parts `<name>.<k>.c` in order (emit removes parts a smaller module left). */
export function moduleSources(out: string, name: string): string[] {
  const part = new RegExp(`^${name}\\.(\\d+)\\.c$`);
  const parts = fs
    .readdirSync(out)
    .map((f) => part.exec(f))
    .filter((m) => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[0]);
  return [`${name}.c`, ...parts];
}

/** The runtime's C headers copied beside the source (`cffi.h` and the `cffi-*.h` it includes). */
function runtimeHeaders(out: string): string[] {
  const names = fs.readdirSync(out).filter((f) => /^cffi(-[\w-]+)?\.h$/.test(f));
  return names.sort().map((f) => path.join(out, f));
}

/** The folder of `node_api.h` (toolchain.mjs looks for it), or CI023 saying how to get one. */
function nodeApiInclude(): string {
  const found = findNodeApiInclude();
  if (found) return found;
  const looked = nodeApiIncludeCandidates().join(', ');
  fail('CI023', { searched: looked });
}
