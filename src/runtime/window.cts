/**
 * Views over C memory without an allocation the garbage collector cannot see. An external
 * ArrayBuffer per view (what `native.$view` makes) costs a finalizer that Node runs only once the
 * event loop turns, so a million field reads in one synchronous loop kept ~220 MB alive. Instead,
 * views read through a few cached windows: external ArrayBuffers over aligned 64 KiB stretches of
 * the address space, each made once; a view is a small DataView into one (an ordinary heap object).
 * A window is only a range of addresses: nothing is read until a view reads its own bytes.
 */
import { native } from './native.cjs';
import type { Owner } from './owner.cjs';

/** The window size: a power of two, large enough that few records straddle two windows. */
const WINDOW = 1n << 16n;
const MASK = ~(WINDOW - 1n);
/** How many windows the shared cache keeps before it starts over (each is ~100 bytes of heap). */
const MAX_WINDOWS = 4096;

/** The windows over memory nobody owns (C's own): shared by every view of it. */
const shared = new Map<bigint | ArrayBuffer, ArrayBuffer>();

/**
 * A DataView over `size` bytes of C memory at `a`. `owner` is the `ffi.gc` owner of that memory,
 * if any: its windows are its own, so that `ffi.release` can detach them (memory.cts) and every
 * view made before it fails instead of reading freed memory.
 */
export function cView(a: bigint, size: number, owner?: Owner): DataView<ArrayBuffer> {
  const base = a & MASK;
  const off = Number(a - base);
  if (off + size > Number(WINDOW) || base === 0n) {
    // straddles two windows (rare), or starts in the first (never mapped: `$view` names the error)
    const ab = native.$view(a, size);
    if (owner !== undefined) (owner.windows ??= new Map()).set(ab, ab);
    return new DataView(ab, 0, size);
  }
  const cache: Map<bigint | ArrayBuffer, ArrayBuffer> = owner === undefined ? shared : (owner.windows ??= new Map());
  let ab = cache.get(base);
  if (ab === undefined) {
    if (cache === shared && shared.size >= MAX_WINDOWS) shared.clear();
    ab = native.$view(base, Number(WINDOW));
    cache.set(base, ab);
  }
  return new DataView(ab, off, size);
}
