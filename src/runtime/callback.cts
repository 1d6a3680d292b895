/**
 * JS functions that C calls (docs/callbacks.md). Each function-pointer type of a module has a pool
 * of generated C functions (cffi-callback.h, hbs/c/callback.hbs); a callback takes one of them, a
 * slot, which holds its `call` (the JS function behind the type's conversions) and its `fail` (the
 * error report, giving the errorValue). `ffi.callback` makes one that lives until closed or
 * collected; a JS function passed for a function-pointer argument makes one for that call.
 */
import type { FunctionType, RtType, TypeRegistry } from './ctype.cjs';
import { describe } from './convert.cjs';
import { callablePointer } from './fn-pointer.cjs';
import { release } from './memory.cjs';
import { Owner, ROOT } from './owner.cjs';
import { Pointer, ptrName } from './pointer.cjs';
import { pointerIn } from './args.cjs';
import { fromHandle, newHandle } from './handle.cjs';

/** A pool slot as the module's native gives it: the slot (an External) and its C function's address. */
type Slot = { readonly slot: object; readonly address: bigint };
type Fn = (...args: unknown[]) => unknown;

/** What the generated `index.js` registers for a function type that JS functions can be passed as. */
interface CallbackInfo {
  /** the natives of the module that owns the pool (not another module's: each has its own pools). */
  readonly n: { $cbClose(slot: object): void };
  /** flags: 1 wait for JS on calls from other threads, 2 keep the event loop alive while open. */
  readonly make: (call: Fn, fail: Fn, flags: number) => Slot;
  /** the JS result's check on its way into C (a pointer's type), as a `lib` argument's. */
  readonly out: (r: unknown) => unknown;
  /** the type's conversions around a JS function: C's raw arguments in, `out` of its result. */
  readonly wrap: (fn: Fn, out: (r: unknown) => unknown) => Fn;
}

/** The options of `ffi.callback`. */
export interface CallbackOptions {
  /** called with what the JS function threw (default: a process warning with the stack). */
  readonly onError?: (error: unknown) => void;
  /** what C gets when the JS function throws (default: zero, NULL, or a zeroed record). */
  readonly errorValue?: unknown;
  /** false: a call from another thread does not wait for JS (void callbacks only). Default true. */
  readonly wait?: boolean;
  /**
   * true: the process stays alive while the callback is open, as a ref'd timer does (for C threads
   * that call it later). Default false: callbacks never keep a process from exiting.
   */
  readonly ref?: boolean;
}

/**
 * A slot taken: `keep` must stay reachable while the callback is open. The slot refers to its JS
 * functions weakly, so that what owns the callback (its pointer, a record, a call) decides its lifetime.
 */
interface Opened {
  readonly slot: Slot;
  readonly close: () => void;
  readonly keep: readonly Fn[];
}

const infos = new WeakMap<FunctionType, CallbackInfo>();
const finalizers = new FinalizationRegistry<() => void>((close) => close());

/** Registers the callback side of a function type (the generated `index.js` calls it); returns `t`. */
export function callbackType(
  t: FunctionType,
  n: CallbackInfo['n'],
  make: CallbackInfo['make'],
  out: Fn,
  wrap: CallbackInfo['wrap'],
): FunctionType {
  infos.set(t, { n, make, out, wrap });
  return t;
}

/** Takes a slot of `t` for `fn`: the C function's address, and how to give it back. */
function open(t: FunctionType, fn: unknown, opts: CallbackOptions, where: string): Opened {
  const info = infos.get(t);
  if (info === undefined)
    throw new TypeError(
      `${where}: a JS function cannot be passed as '${ptrName(t)}': ${t.why || 'not a callable type'}`,
    );
  if (typeof fn !== 'function') throw new TypeError(`${where}: expected a function, got ${describe(fn)}`);
  const { onError, errorValue, wait = true, ref = false } = opts;
  if (onError !== undefined && typeof onError !== 'function')
    throw new TypeError(`${where}: onError must be a function, got ${describe(onError)}`);
  if (typeof wait !== 'boolean') throw new TypeError(`${where}: wait must be a boolean, got ${describe(wait)}`);
  if (typeof ref !== 'boolean') throw new TypeError(`${where}: ref must be a boolean, got ${describe(ref)}`);
  if (!wait && !t.name.startsWith('void ('))
    throw new TypeError(`${where}: only a void callback can be fire-and-forget (wait: false), not '${ptrName(t)}'`);
  // checked now, so that a wrong errorValue is an error here rather than at the first throw
  const raw = errorValue === undefined ? undefined : info.out(errorValue);
  const fail = (e: unknown): unknown => (report(e, onError, ptrName(t)), raw);
  const call = info.wrap(fn as Fn, info.out);
  const slot = info.make(call, fail, (wait ? 1 : 0) | (ref ? 2 : 0));
  return { slot, close: () => info.n.$cbClose(slot.slot), keep: [call, fail] };
}

/** A throw never reaches C: it goes to onError, or becomes a warning with its stack. */
function report(e: unknown, onError: ((e: unknown) => void) | undefined, type: string): void {
  if (onError !== undefined) {
    try {
      return onError(e);
    } catch (again) {
      e = again;
    }
  }
  const text = e instanceof Error ? (e.stack ?? String(e)) : describe(e);
  process.emitWarning(`a JS callback '${type}' threw (C got its errorValue): ${text}`, 'CallbackError');
}

/**
 * The function type `spelling` names: `'int (*)(int, int)'`, a typedef of it; typedef names inside
 * it are read too (`'void (*)(sqlite3_context *, int)'` is `void (struct sqlite3_context *, int)`).
 */
export function functionOf(types: TypeRegistry, spelling: string, where: string): FunctionType {
  let t: RtType;
  try {
    t = types.parse(spelling);
  } catch (e) {
    const m = typeof spelling === 'string' ? /^(.*?)\(\s*\*\s*\)\s*\((.*)\)$/.exec(spelling.trim()) : null;
    if (m === null) throw e;
    const name = (part: string): string => types.parse(part.trim()).name;
    const params = m[2]!.trim() === '' ? 'void' : m[2]!.split(',').map(name).join(', ');
    t = types.get(`${name(m[1]!)} (${params})`);
  }
  const f = t.kind === 'pointer' ? t.to : t;
  if (f.kind !== 'function') throw new TypeError(`${where}: '${t.name}' is not a function pointer type`);
  return f;
}

/**
 * `ffi.callback(type, fn, options)`: a callable pointer of the function-pointer type that C may keep,
 * until `close()` (or `ffi.release`), or until the pointer is collected.
 */
export function makeCallback(
  t: FunctionType,
  fn: unknown,
  opts: CallbackOptions | undefined,
  where = 'ffi.callback',
): Pointer {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null))
    throw new TypeError(`${where}: options must be an object, got ${describe(opts)}`);
  const { slot, close, keep } = open(t, fn, opts ?? {}, where);
  const p = callablePointer(t, slot.address, new Owner(undefined));
  Object.defineProperty(p, '$keep', { value: keep, enumerable: false });
  const token = {};
  finalizers.register(p, close, token);
  (p as unknown as Record<symbol, unknown>)[ROOT] = () => (finalizers.unregister(token), close());
  Object.defineProperty(p, 'close', { value: () => release(p), enumerable: false });
  return p;
}

/** `ffi.callback`, `ffi.newHandle`, `ffi.fromHandle` over a module's types (the `Ffi` interface documents them). */
export function callbackMembers(types: TypeRegistry, addressOf: (ab: ArrayBuffer) => bigint) {
  return {
    callback: (type: string, fn: unknown, options?: CallbackOptions): Pointer =>
      makeCallback(functionOf(types, type, 'ffi.callback'), fn, options),
    newHandle: (obj: unknown): Pointer => newHandle(types.void, obj, addressOf),
    fromHandle,
  };
}

const held = new WeakMap<object, Map<FunctionType, Pointer>>();

/**
 * A JS function stored where C keeps a function pointer (a field, a global): a callback that lives
 * as long as the function (the record keeps the function alive, as it keeps every value stored).
 */
export function heldCallback(fn: Fn, t: FunctionType, where: string): bigint {
  let byType = held.get(fn);
  let p = byType?.get(t);
  if (p === undefined || p.$a === undefined) {
    p = makeCallback(t, fn, undefined, where);
    (byType ??= new Map()).set(t, p);
    held.set(fn, byType);
  }
  return p.$a!;
}

/** A callback made for one call's argument, shared by the calls of the same tick. */
interface Temp {
  readonly close: () => void;
  readonly address: bigint;
  readonly keep: readonly Fn[];
  holds: number;
  closed: boolean;
}
const temps = new WeakMap<object, Map<FunctionType, Temp>>();
let pending: [object, FunctionType, Temp][] = [];

/**
 * A function-pointer argument (`hbs/js/arg/callback.hbs`): a pointer as `pointerIn` takes it, or a
 * JS function, made a callback valid for the call. That is given back once the synchronous code
 * that made it has run (a microtask), or when the promises named by `keepCallbacks` settle.
 */
export function callbackIn(v: unknown, t: FunctionType, where: string): bigint {
  if (typeof v !== 'function' || Pointer.is(v)) return pointerIn(v, t, where);
  return tempCallback(v as Fn, t, where);
}

function tempCallback(fn: Fn, t: FunctionType, where: string): bigint {
  let byType = temps.get(fn);
  const known = byType?.get(t);
  if (known !== undefined) return known.address;
  const { slot, close, keep } = open(t, fn, {}, where);
  const temp: Temp = { close, address: slot.address, keep, holds: 0, closed: false };
  (byType ??= new Map()).set(t, temp);
  temps.set(fn, byType);
  if (pending.push([fn, t, temp]) === 1) queueMicrotask(flush);
  return temp.address;
}

function flush(): void {
  const done = pending;
  pending = [];
  for (const [fn, t, temp] of done) if (temp.holds === 0) drop(fn, t, temp);
}

function drop(fn: object, t: FunctionType, temp: Temp): void {
  if (temp.closed) return;
  temp.closed = true;
  const byType = temps.get(fn);
  if (byType?.get(t) === temp) byType.delete(t);
  temp.close();
}

/** Where the temporary callbacks of a call begin (`hbs/js/function.hbs`, for functions that take one). */
export function callbackMark(): number {
  return pending.length;
}

/**
 * Gives back the temporary callbacks made since `mark` once the synchronous call that took them has
 * returned: a loop that passes a fresh arrow function each time must not exhaust the pool before the
 * microtask would. A nested call (from inside a callback) releases only its own.
 */
export function callbackRelease(mark: number): void {
  if (pending.length <= mark) return;
  for (const [fn, t, temp] of pending.splice(mark)) if (temp.holds === 0) drop(fn, t, temp);
}

/**
 * Keeps the callbacks made for the arguments of the call just made (this tick) until `settled`
 * settles: for `lib.fn.async`, whose C call outlives the tick. Returns `settled`.
 */
export function keepCallbacks<T>(settled: Promise<T>): Promise<T> {
  const held = pending.slice();
  for (const [, , temp] of held) temp.holds++;
  const letGo = (): void => {
    for (const [fn, t, temp] of held) if (--temp.holds === 0) drop(fn, t, temp);
  };
  settled.then(letGo, letGo);
  return settled;
}
