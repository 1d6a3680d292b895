/**
 * `ffi.newHandle` / `ffi.fromHandle`: a JS object passed through C as a `void *` (the `userdata` of
 * a registration) and found again in a callback. The address is that of a one-byte buffer the
 * handle owns, so it is unique while the handle lives; C must not dereference it.
 */
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { Owner, ROOT } from './owner.cjs';
import { alive, PlainPointer, Pointer } from './pointer.cjs';

interface Entry {
  readonly obj: unknown;
  readonly id: number;
}
const handles = new Map<bigint, Entry>();
let nextId = 0;
// a collected handle's address may be reused by a newer handle before this runs: the id tells them apart
const gone = new FinalizationRegistry<[bigint, number]>(([a, id]) => forget(a, id));

function forget(a: bigint, id: number): void {
  if (handles.get(a)?.id === id) handles.delete(a);
}

/** A `void *` standing for `obj` until it is released or collected (keep it while C holds it). */
export function newHandle(voidType: RtType, obj: unknown, addressOf: (ab: ArrayBuffer) => bigint): Pointer {
  const ab = new ArrayBuffer(1);
  const a = addressOf(ab);
  const id = ++nextId;
  const p = new PlainPointer(voidType, a, new Owner(ab), 0);
  handles.set(a, { obj, id });
  gone.register(p, [a, id], p);
  (p as unknown as Record<symbol, unknown>)[ROOT] = () => (gone.unregister(p), forget(a, id));
  return p;
}

/** The object behind a handle that C gave back (any pointer type, or its address). */
export function fromHandle(p: unknown): unknown {
  const a = Pointer.is(p)
    ? alive(p, 'ffi.fromHandle')
    : typeof p === 'bigint'
      ? p
      : fail(`ffi.fromHandle: expected a pointer from ffi.newHandle, got ${describe(p)}`);
  const e = handles.get(a);
  if (e === undefined)
    fail(
      `ffi.fromHandle: 0x${a.toString(16)} is not a live handle (released, collected — keep the result of ` +
        'ffi.newHandle alive while C holds it — or never made by ffi.newHandle)',
    );
  return e.obj;
}

function fail(message: string): never {
  throw new TypeError(message);
}
