/**
 * What C memory belongs to, and what it keeps alive. A leaf at load time (type imports only), so
 * that pointer.cts can read its symbols while its own module is still loading.
 */
import type { Pointer } from './pointer.cjs';

/**
 * What a pointer's memory belongs to. `mem` is the ArrayBuffer that holds it when JS allocated it
 * (ffi.new, ffi.fromBuffer) or when `ffi.gc` was told its size, so views are bounds-checked. The
 * memory is dead once `ffi.release` ran (for the owner and every pointer derived from it) and also
 * when its ArrayBuffer was detached behind our back (`structuredClone(…, { transfer })`): C must
 * never see memory that moved.
 */
export class Owner {
  /** set by `ffi.release`. */
  released = false;
  /** what pointer fields inside this memory point to, by byte offset: kept alive with the memory. */
  kept: Map<number, unknown> | undefined = undefined;
  /**
   * C memory of unknown size (`ffi.gc` without a size): the windows its views read through, so that
   * `ffi.release` can detach them and every view made before it throws instead of reading freed memory.
   */
  windows: Map<bigint | ArrayBuffer, ArrayBuffer> | undefined = undefined;
  /** where the memory ends inside `mem` (a Buffer's view may end before its ArrayBuffer does). */
  readonly end: number;
  constructor(
    readonly mem: ArrayBuffer | undefined,
    readonly keep?: unknown,
    end?: number,
  ) {
    this.end = end ?? mem?.byteLength ?? 0;
  }

  /** Released, or its ArrayBuffer detached (a detached ArrayBuffer reads as 0 bytes long). */
  get dead(): boolean {
    return this.released || (this.mem !== undefined && this.mem.byteLength < this.end);
  }
}

/** Where owned memory keeps what frees it: the ArrayBuffer of `ffi.new`, or the destructor of `ffi.gc`. */
export const ROOT = Symbol('cffi-import.root');

/** Where a view over C memory (no Owner) keeps what its pointer fields point to. */
export const KEEP = Symbol('cffi-import.keep');

/**
 * Keeps what was stored into a pointer field alive as long as the memory that holds the field:
 * on its Owner (shared by every view into that memory, however short-lived the view), or for
 * C memory on the view itself.
 */
export function keep(p: Pointer, off: number, v: unknown): void {
  const o = p.$o;
  const key = o === undefined ? off : p.$x + off;
  const holder = (o ?? p) as unknown as { kept?: Map<number, unknown>; [KEEP]?: Map<number, unknown> };
  if (o !== undefined) {
    if (v === null) o.kept?.delete(key);
    else (o.kept ??= new Map()).set(key, v);
  } else if (v === null) holder[KEEP]?.delete(key);
  else (holder[KEEP] ??= new Map()).set(key, v);
}

/** Moves what `from` keeps at byte offsets `[0, size)` to `off` of `to` (an assignment's scratch copy). */
export function moveKept(from: Owner, to: Pointer, off: number, size: number): void {
  const o = to.$o;
  const base = o === undefined ? off : to.$x + off;
  const map = o !== undefined ? o.kept : (to as unknown as { [KEEP]?: Map<number, unknown> })[KEEP];
  if (map !== undefined) for (const k of [...map.keys()]) if (k >= base && k < base + size) map.delete(k);
  from.kept?.forEach((v, k) => keep(to, off + k, v));
}
