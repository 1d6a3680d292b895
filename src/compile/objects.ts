/**
 * The objects of a module's C files, compiled on every core and cached by content: each object is
 * named by the hash of what it is made from (the compiler, the flags, the tool's version, the
 * included headers' key, the runtime header and the file itself), so a run that changed one part
 * compiles that part alone. Objects no build uses any more are removed.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { VERSION } from '../paths.js';
import { runCompiler, type Compiler } from './run-compiler.js';

/** The folder of cached objects, inside the output folder. */
export const OBJECTS_DIR = '.cffi-objects';

/** What every C file of one module is compiled with. */
export interface SharedInputs {
  readonly compiler: Compiler;
  readonly cflags: readonly string[];
  /** the runtime headers copied beside the sources */
  readonly headers: readonly string[];
  /** a hash of the library headers the sources include ('' when unknown) */
  readonly headersKey: string;
}

/**
 * Compiles each of `sources` to an object under `<out>/.cffi-objects` unless an object of the same
 * content is there, at most os.availableParallelism() compilers at a time, the largest files first
 * (so that the last one to start is short). Returns the objects in the order of `sources`.
 */
export async function compileObjects(
  out: string,
  sources: readonly string[],
  shared: SharedInputs,
  progress?: (what: string) => void,
): Promise<string[]> {
  const dir = path.join(out, OBJECTS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const common = commonHash(shared);
  const objects = sources.map((s) => path.join(dir, `${path.basename(s, '.c')}.${objectKey(common, s)}.o`));
  const todo = sources.map((s, i) => ({ source: s, object: objects[i]! })).filter((t) => !fs.existsSync(t.object));
  todo.sort((a, b) => fs.statSync(b.source).size - fs.statSync(a.source).size);
  let done = 0;
  const compileNext = async (): Promise<void> => {
    for (let t = todo.shift(); t; t = todo.shift()) {
      const partial = `${t.object}.${process.pid}.tmp`;
      await runCompiler(shared.compiler, [...shared.cflags, '-c', t.source, '-o', partial], t.source);
      fs.renameSync(partial, t.object);
      progress?.(`compile ${++done}/${total}`);
    }
  };
  const total = todo.length;
  const workers = Math.max(1, Math.min(total, os.availableParallelism()));
  await Promise.all(Array.from({ length: workers }, compileNext));
  const keep = new Set(objects.map((o) => path.basename(o)));
  for (const f of fs.readdirSync(dir)) if (!keep.has(f)) fs.rmSync(path.join(dir, f), { force: true });
  return objects;
}

function commonHash(shared: SharedInputs): crypto.Hash {
  const hash = crypto.createHash('sha256');
  hash.update(
    [shared.compiler.cc, ...shared.compiler.args, '', ...shared.cflags, '', VERSION, shared.headersKey].join('\0'),
  );
  for (const h of shared.headers) hash.update(fs.readFileSync(h));
  return hash;
}

function objectKey(common: crypto.Hash, source: string): string {
  return common.copy().update(fs.readFileSync(source)).digest('hex').slice(0, 20);
}
