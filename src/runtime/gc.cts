/**
 * `ffi.gc`: C memory tied to a destructor. The destructor belongs to the memory's Owner, not to the
 * pointer `ffi.gc` returns, and every pointer derived from that one (fields, nested views, array
 * elements, `add`, `ffi.addressof`, `ffi.buffer`) holds the Owner: the memory is freed only when
 * the last of them is gone, or at once by `ffi.release`, after which each of them throws.
 */
import { count } from './args.cjs';
import { describe } from './convert.cjs';
import { native } from './native.cjs';
import { Owner, ROOT } from './owner.cjs';
import { alive, CArray, Pointer, wrap } from './pointer.cjs';

/** Runs destructors of collected owners; a throwing one is reported as a warning (a finalizer must not throw). */
const finalizers = new FinalizationRegistry<() => void>((run) => {
  try {
    run();
  } catch (e) {
    process.emitWarning(`ffi.gc destructor threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
});

/**
 * Gives `cdata` (any pointer type, `void *` from malloc included) a destructor. With `size`, the
 * memory's extent is known: views and byte helpers are bounds-checked against it, as for ffi.new.
 */
export function gc<P extends Pointer>(cdata: P, destructor: (p: P) => unknown, size?: unknown): P {
  if (!Pointer.is(cdata)) throw new TypeError(`ffi.gc: expected a cdata, got ${describe(cdata)}`);
  if (typeof destructor !== 'function')
    throw new TypeError(`ffi.gc: the destructor must be a function, got ${describe(destructor)}`);
  const bytes = size === undefined ? undefined : count(size, 'ffi.gc', 'size');
  const a = alive(cdata, 'ffi.gc');
  if (a === 0n) throw new TypeError(`ffi.gc: cdata '${String((cdata as Pointer).$t.name)} *' is a null pointer`);
  const t = cdata.$t;
  // C memory gets an owner of its own, so that release marks every pointer derived from it dead
  let o = cdata.$o;
  if (o === undefined)
    o =
      bytes === undefined
        ? new Owner(undefined)
        : new Owner(bytes > 0 ? native.$view(a, bytes) : undefined, undefined, bytes);
  const isArray = cdata instanceof CArray;
  const n = isArray ? cdata.$n : undefined;
  const p = (isArray ? new CArray(t, a, o, cdata.$x, n) : wrap(t, a, o, cdata.$x)) as P;
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    // the destructor gets a pointer of its own (no owner): it must be able to use the memory it frees;
    // nothing here may refer to the owner, or the registry would keep it alive forever
    destructor((isArray ? new CArray(t, a, undefined, 0, n) : wrap(t, a)) as P);
  };
  // on the owner: any derived pointer keeps the memory, not only the one returned here
  const token = {};
  finalizers.register(o, run, token);
  (p as unknown as Record<symbol, unknown>)[ROOT] = () => (finalizers.unregister(token), run());
  return p;
}
