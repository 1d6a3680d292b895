/**
 * The module build: `<out>/<name>.c` → `<out>/<name>.node` with the system C compiler (no
 * node-gyp, no Python). Compile, check link (check-link.ts), link, load once (load-check.ts); the
 * whole build is skipped when its inputs are unchanged (cache.ts). The flags come from
 * toolchain.mjs, which binding.gyp and the libclang binding's install script share.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { fail, type Diagnostic } from '../diagnostics/index.js';
import { buildHash, cachedBuild, recordBuild } from './cache.js';
import { checkLink, missingDiagnostics } from './check-link.js';
import { loads, verifyLoad } from './load-check.js';
import { runCompiler } from './run-compiler.js';
import {
  compilerCommand,
  findNodeApiInclude,
  moduleCompileFlags,
  moduleLinkFlags,
  nodeApiIncludeCandidates,
  type RuntimeNeeds,
} from './toolchain.mjs';

/**
 * Compiles `<out>/<name>.c` into `<out>/<name>.node`, reusing the last build when sources and
 * flags are unchanged and it still loads. Returns the module's path and the check link's warnings
 * (CI021); a symbol no linked library defines fails the build (CI004). `needs` is what the
 * emitted module asks of the runtime's libraries (libffi for variadic calls: `moduleNeeds`).
 */
export async function buildModule(
  config: Config,
  needs: RuntimeNeeds = {},
): Promise<{ node: string; diagnostics: Diagnostic[] }> {
  const compiler = compilerCommand();
  const source = path.join(config.out, `${config.name}.c`);
  const output = path.join(config.out, `${config.name}.node`);
  const cflags = moduleCompileFlags({ out: config.out, cflags: config.cflags, nodeApiInclude: nodeApiInclude() });
  const linkFlags = moduleLinkFlags(config.libs, needs);
  const hash = buildHash({
    compiler: [compiler.cc, ...compiler.args],
    compileFlags: cflags,
    linkFlags,
    files: [source, ...runtimeHeaders(config.out)],
  });
  const cached = cachedBuild(config.out, hash, output);
  if (cached && loads(output)) return { node: output, diagnostics: missingDiagnostics(cached.missing) };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cffi-build-'));
  let missing: string[];
  try {
    const object = path.join(tmp, `${config.name}.o`);
    await runCompiler(compiler, [...cflags, '-c', source, '-o', object], source);
    const link = await checkLink(compiler, object, tmp, config.libs, needs);
    missing = link.missing;
    await runCompiler(compiler, ['-shared', object, '-o', output, ...linkFlags, ...link.extract], source);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  recordBuild(config.out, { hash, missing });
  verifyLoad(output);
  return { node: output, diagnostics: missingDiagnostics(missing) };
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
