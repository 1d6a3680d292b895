import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config } from '../config/index.js';
import { fail } from '../diagnostics/index.js';

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
  if (!found) fail('CI006', { message: `node_api.h not found (looked in ${candidates.join(', ')}); install Node.js's headers (Debian: libnode-dev) or set NODE_API_INCLUDE` });
  return found;
}

/** The compiler command line for a module, in one place (also hashed for the cache). */
export function compileArgs(config: Config, source: string, output: string): string[] {
  return ['-O2', '-fPIC', '-shared', '-std=gnu11', '-w', `-I${config.out}`, `-I${nodeIncludeDir()}`, ...config.cflags, source, '-o', output, ...config.libs];
}

/**
 * Compiles `<out>/<name>.c` into `<out>/<name>.node` with the system C compiler (no node-gyp, no
 * Python), skipping the compile when the sources and flags are unchanged (content hash), then
 * loads the module once with RTLD_NOW so that a symbol no linked library defines is an error
 * (CI004) here, not a crash later.
 */
export async function buildModule(config: Config): Promise<string> {
  const cc = process.env.CC ?? 'cc';
  const source = path.join(config.out, `${config.name}.c`);
  const output = path.join(config.out, `${config.name}.node`);
  const args = compileArgs(config, source, output);
  const hash = crypto.createHash('sha256').update(cc).update('\0').update(args.join('\0')).update(fs.readFileSync(source)).update(fs.readFileSync(path.join(config.out, 'cffi.h'))).digest('hex');
  const stamp = path.join(config.out, '.cffi-build-hash');
  const cached = fs.existsSync(output) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash;
  if (!cached) {
    try {
      await run(cc, args, { maxBuffer: 64 << 20 });
    } catch (e) {
      const err = e as { stderr?: string; code?: string | number };
      if (err.code === 'ENOENT') fail('CI006', { message: `C compiler '${cc}' not found; install one (apt-get install gcc) or set CC` });
      const output = String(err.stderr ?? e);
      const missingLib = /cannot find -l(\S+)/.exec(output);
      if (missingLib) fail('CI006', { message: `library '${missingLib[1]}' not found by the linker: install its development package or pass its folder with -L` });
      fail('CI005', { file: source, output: output.split('\n').slice(0, 30).join('\n') });
    }
    fs.writeFileSync(stamp, hash);
  }
  verifyLoad(output);
  return output;
}

/** Loads the module with every symbol bound now; an unresolved one names the missing library. */
function verifyLoad(file: string): void {
  try {
    process.dlopen({ exports: {} } as NodeJS.Module, file, os.constants.dlopen.RTLD_NOW);
  } catch (e) {
    const msg = (e as Error).message;
    const sym = /undefined symbol: (\S+)/.exec(msg);
    if (sym) fail('CI004', { symbol: sym[1]! });
    fail('CI006', { message: `the built module ${file} does not load: ${msg}` });
  }
}
