/**
 * Typed pointers as the generated runtime could represent them: a plain JS object holding the
 * address as a BigInt (`_a`, exact on every 64-bit platform), a type descriptor (`_t`, compared
 * by identity) and the owner that keeps the memory alive (`_o`). All pointer classes share this
 * field order so a wrapper that reads `_a` stays monomorphic per call site.
 */

/** A C type as the runtime sees it; identity is what pointer checks compare. */
export class CType {
  /** @param {string} name C spelling @param {number} size sizeof */
  constructor(name, size) {
    this.name = name;
    this.size = size;
  }
}

export const T_void = new CType('void', 0);
export const T_point = new CType('struct point', 24);

/** Base of every pointer/struct view: address, type, owner. */
export class CData {
  /** @param {bigint} a @param {CType} t @param {object | undefined} o */
  constructor(a, t, o) {
    this._a = a;
    this._t = t;
    this._o = o;
  }
}

/** A pointer with no field views (`void *`, opaque records). */
export class Ptr extends CData {}

/** The same pointer with Symbol-keyed fields, for the "C reads a Symbol-keyed property" candidate. */
export const symA = Symbol('address');
export const symT = Symbol('type');
export class SymPtr {
  constructor(a, t, o) {
    this[symA] = a;
    this[symT] = t;
    this._o = o;
  }
}

/**
 * Error path of every pointer wrapper, kept out of line so the fast path stays small enough to
 * inline into the caller.
 */
export function badPointer(fn, index, name, want, got) {
  const what = got === null ? 'null' : got instanceof CData ? `'${got._t.name} *'` : typeof got;
  throw new TypeError(`${fn}(): argument ${index} '${name}' must be ${want}, not ${what}`);
}

/** Error path of integer checks done in JS. */
export function badInt(fn, index, name, ctype, got) {
  if (typeof got !== 'number' && typeof got !== 'bigint') {
    const err = new TypeError(`${fn}(): argument ${index} '${name}' must be a number, not ${typeof got}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const shown = typeof got === 'bigint' ? `${got}n` : `${got}`;
  const err = new RangeError(`${fn}(): argument ${index} '${name}' = ${shown} does not fit '${ctype}'`);
  err.code = 'ERR_OUT_OF_RANGE';
  throw err;
}
