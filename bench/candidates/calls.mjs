/**
 * JS halves of the call candidates: tiny wrappers a generated `index.js` would hold in front of
 * the C trampolines in glue.c. Each is a plain function whose fast path TurboFan inlines into the
 * caller; every error path is a call to an out-of-line thrower.
 */
import { CData, Ptr, T_point, T_void, badInt, badPointer, symA, symT } from './pointer.mjs';

/**
 * @param {any} G glue.node exports
 * @returns the wrapper functions, one per candidate
 */
export function makeWrappers(G) {
  const { add_i, ptr_id, point_x, sum64 } = G;

  /** add with the integer checks done in JS, C converting with napi_get_value_int32 only. */
  function add_js(a, b) {
    if (typeof a !== 'number' || (a | 0) !== a) badInt('add', 1, 'a', 'int', a);
    if (typeof b !== 'number' || (b | 0) !== b) badInt('add', 2, 'b', 'int', b);
    return add_i(a, b);
  }

  /** `void *` parameter: any typed pointer, or null; the result stays a raw BigInt/null. */
  function ptr_id_raw(p) {
    return ptr_id(p instanceof CData ? p._a : p === null ? null : badPointer('ptr_id', 1, 'p', 'a pointer', p));
  }

  /** The same with the returned address wrapped into a typed `void *` pointer object. */
  function ptr_id_typed(p) {
    const r = ptr_id(p instanceof CData ? p._a : p === null ? null : badPointer('ptr_id', 1, 'p', 'a pointer', p));
    return r === null ? null : new Ptr(r, T_void, undefined);
  }

  /** `const struct point *` parameter: the descriptor must be struct point's (or null). */
  function point_x_js(p) {
    return point_x(
      p != null && p._t === T_point ? p._a : p === null ? null : badPointer('point_x', 1, 'p', "a 'struct point *'", p),
    );
  }

  /** `const uint8_t *`: a typed pointer is unwrapped here, buffers go to C as they are. */
  function sum64_js(p) {
    return sum64(p instanceof CData ? p._a : p);
  }

  return { add_js, ptr_id_raw, ptr_id_typed, point_x_js, sum64_js };
}

/** Tells glue.node about the JS pointer class, descriptors and Symbol keys (once, at load). */
export function setupGlue(G) {
  G.setup({ Ptr, T_void, T_point, symA, symT });
}
