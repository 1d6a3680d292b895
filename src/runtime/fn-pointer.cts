/**
 * Function pointers as values: a pointer to a function that JS reads (a field, an array element, a
 * global, a result) is a JS function, `ops.add(1, 2)`, and at the same time a pointer cdata (its
 * prototype chain is `Pointer`'s), so it passes back into C wherever its type is expected and
 * `ffi.typeof` spells it. The call goes to the function type's generated wrapper (`FunctionType.call`),
 * which checks the arguments as a `lib` function's does and calls the type's C trampoline with the
 * pointer first (hbs/c/fn-pointer.hbs). NULL is `null`, as every NULL pointer; the trampoline
 * refuses a zero address anyway.
 */
import type { FunctionType } from './ctype.cjs';
import type { Owner } from './owner.cjs';
import { Pointer, ptrName, stamp } from './pointer.cjs';

/**
 * The prototype of callable pointers: a `Pointer` that also has `call`, `apply` and `bind`, which
 * the pointer chain would otherwise hide. Made on first use: pointer.cts imports this module while
 * it is still loading.
 */
let proto: object | undefined;
function callableProto(): object {
  proto ??= Object.create(Pointer.prototype, {
    call: { value: Function.prototype.call, writable: true, configurable: true },
    apply: { value: Function.prototype.apply, writable: true, configurable: true },
    bind: { value: Function.prototype.bind, writable: true, configurable: true },
  }) as object;
  return proto;
}

/** A JS function that is the pointer `a` to a function of type `t`, and calls it. */
export function callablePointer(t: FunctionType, a: bigint, o?: Owner, x = 0): Pointer {
  const call = t.call;
  const f = (call === undefined
    ? () => {
        throw new TypeError(`cannot call cdata '${ptrName(t)}' from JS: ${t.why}`);
      }
    : (...args: unknown[]) => call(f, ...args)) as unknown as Pointer;
  Object.setPrototypeOf(f, callableProto());
  stamp(f);
  f.$t = t;
  f.$a = a;
  f.$o = o;
  f.$x = x;
  return f;
}
