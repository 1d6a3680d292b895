import * as crypto from 'node:crypto';
import type { FnPointerView } from './fn-pointer.js';
import type { FunctionView } from './function.js';

/**
 * One C file of the module's trampolines. `<name>.c` is part 0 (the layout checks, variables,
 * macros and the module's entry); a large module's functions go to `<name>.<index>.c` files that
 * the build compiles in parallel and caches one by one (docs/scale.md).
 */
export interface ChunkView {
  /** 1, 2, …: the file `<name>.<index>.c` and its export table `cffi_exports_<index>`. */
  readonly index: number;
  readonly file: string;
  readonly functions: readonly FunctionView[];
  readonly fnPointers: readonly FnPointerView[];
  /** the libraries' symbols its functions call, redeclared weak in this file only. */
  readonly weakSymbols: readonly string[];
}

/** Where each trampoline goes: those left in `<name>.c` (all of them in a small module) and the chunks. */
export interface ChunkSplit {
  readonly main: { readonly functions: readonly FunctionView[]; readonly fnPointers: readonly FnPointerView[] };
  readonly chunks: readonly ChunkView[];
}

/**
 * Splits the trampolines into chunks of about `size` (0: one file). The cuts are content-defined
 * (past half the size, after a name that hashes to 0 modulo half the size; at most twice the
 * size), so adding or removing a declaration changes one chunk, and the other chunks' objects stay
 * cached.
 */
export function splitChunks(
  name: string,
  functions: readonly FunctionView[],
  fnPointers: readonly FnPointerView[],
  size: number,
): ChunkSplit {
  if (size <= 0 || functions.length + fnPointers.length <= size) {
    return { main: { functions, fnPointers }, chunks: [] };
  }
  const isFunction = new Set<unknown>(functions);
  const items: (FunctionView | FnPointerView)[] = [...functions, ...fnPointers];
  const groups: (FunctionView | FnPointerView)[][] = [[]];
  for (const item of items) {
    const group = groups[groups.length - 1]!;
    group.push(item);
    const half = Math.max(1, size >> 1);
    if (group.length >= 2 * size || (group.length >= half && cutAfter(item.cSymbol, half))) groups.push([]);
  }
  const chunks = groups
    .filter((g) => g.length > 0)
    .map((g, i) => {
      const fns = g.filter((v): v is FunctionView => isFunction.has(v));
      const fps = g.filter((v): v is FnPointerView => !isFunction.has(v));
      return {
        index: i + 1,
        file: `${name}.${i + 1}.c`,
        functions: fns,
        fnPointers: fps,
        weakSymbols: [...new Set(fns.flatMap((f) => f.guards))],
      };
    });
  return { main: { functions: [], fnPointers: [] }, chunks };
}

function cutAfter(symbol: string, size: number): boolean {
  return crypto.createHash('md5').update(symbol).digest().readUInt32LE(0) % size === 0;
}
