/**
 * Struct views as a generated module could emit them for `struct point`: one class per record,
 * one getter/setter pair per field at a compile-time offset, all over a DataView the instance
 * holds. Two variants differ only in when the DataView is made:
 *   - PointEager builds it in the constructor;
 *   - PointLazy builds it on first field access (`this._v ?? this.$view()`), so a pointer that is
 *     only passed back to C never pays for a view (which, over C memory, means an external
 *     ArrayBuffer made by C).
 *
 * ```c
 * struct point { int x; int y; double w; void *data; };   // offsets 0, 4, 8, 16; size 24
 * ```
 */
import { CData, Ptr, T_point, T_void, badPointer } from './pointer.mjs';

/** Error path of a field setter. */
function badField(field, ctype, v) {
  if (typeof v !== 'number') throw new TypeError(`struct point.${field} must be a number, not ${typeof v}`);
  const err = new RangeError(`struct point.${field} = ${v} does not fit '${ctype}'`);
  err.code = 'ERR_OUT_OF_RANGE';
  throw err;
}

/**
 * @param {any} G glue.node exports (address, malloc_ab, view)
 */
export function makeStructViews(G) {
  const { address, malloc_ab, view } = G;

  class PointEager extends CData {
    /** @param {ArrayBuffer} ab memory holding the struct at offset 0 */
    constructor(a, t, o, ab) {
      super(a, t, o);
      this._v = new DataView(ab, 0, 24);
    }
    /** `int x` at offset 0 */
    get x() {
      return this._v.getInt32(0, true);
    }
    set x(v) {
      if (typeof v !== 'number' || (v | 0) !== v) badField('x', 'int', v);
      this._v.setInt32(0, v, true);
    }
    /** `double w` at offset 8 */
    get w() {
      return this._v.getFloat64(8, true);
    }
    set w(v) {
      if (typeof v !== 'number') badField('w', 'double', v);
      this._v.setFloat64(8, v, true);
    }
    /** `void *data` at offset 16: a typed pointer or null */
    get data() {
      const a = this._v.getBigUint64(16, true);
      return a === 0n ? null : new Ptr(a, T_void, undefined);
    }
    set data(q) {
      this._v.setBigUint64(
        16,
        q instanceof CData ? q._a : q === null ? 0n : badPointer('struct point.data', 0, 'data', 'a pointer', q),
        true,
      );
    }
  }

  class PointLazy extends CData {
    /** @param {ArrayBuffer | undefined} ab the memory if JS has it, else C memory at `a` */
    constructor(a, t, o, ab) {
      super(a, t, o);
      this._b = ab;
      this._v = undefined;
    }
    $view() {
      return (this._v = new DataView(this._b ?? view(this._a, 24), 0, 24));
    }
    get x() {
      return (this._v ?? this.$view()).getInt32(0, true);
    }
    set x(v) {
      if (typeof v !== 'number' || (v | 0) !== v) badField('x', 'int', v);
      (this._v ?? this.$view()).setInt32(0, v, true);
    }
    get w() {
      return (this._v ?? this.$view()).getFloat64(8, true);
    }
    set w(v) {
      if (typeof v !== 'number') badField('w', 'double', v);
      (this._v ?? this.$view()).setFloat64(8, v, true);
    }
    get data() {
      const a = (this._v ?? this.$view()).getBigUint64(16, true);
      return a === 0n ? null : new Ptr(a, T_void, undefined);
    }
    set data(q) {
      (this._v ?? this.$view()).setBigUint64(
        16,
        q instanceof CData ? q._a : q === null ? 0n : badPointer('struct point.data', 0, 'data', 'a pointer', q),
        true,
      );
    }
  }

  /**
   * An extra candidate: small structs carved out of a shared 64 KB ArrayBuffer ("slab") with one
   * DataView for the whole slab, each view holding its offset. ffi.new becomes a bump allocation;
   * the price is that a slab lives as long as any struct in it, and release cannot be per object.
   */
  class PointSlab extends CData {
    constructor(a, t, o, v, f) {
      super(a, t, o);
      this._v = v;
      this._f = f;
    }
    get x() {
      return this._v.getInt32(this._f, true);
    }
    set x(v) {
      if (typeof v !== 'number' || (v | 0) !== v) badField('x', 'int', v);
      this._v.setInt32(this._f, v, true);
    }
  }
  const SLAB = 65536;
  let slab;
  function refill() {
    const ab = new ArrayBuffer(SLAB);
    slab = { ab, dv: new DataView(ab), base: address(ab), used: 0 };
  }
  refill();

  /** ffi.new('struct point *') candidates: memory from JS or from C, view eager or lazy. */
  const news = {
    jsEager() {
      const ab = new ArrayBuffer(24);
      return new PointEager(address(ab), T_point, ab, ab);
    },
    jsLazy() {
      const ab = new ArrayBuffer(24);
      return new PointLazy(address(ab), T_point, ab, ab);
    },
    cEager() {
      const ab = malloc_ab(24);
      return new PointEager(address(ab), T_point, ab, ab);
    },
    cLazy() {
      const ab = malloc_ab(24);
      return new PointLazy(address(ab), T_point, ab, ab);
    },
    slab() {
      if (slab.used + 24 > SLAB) refill();
      const f = slab.used;
      slab.used += 24; // keeps 8-byte alignment; a real allocator rounds up to alignof
      return new PointSlab(slab.base + BigInt(f), T_point, slab.ab, slab.dv, f);
    },
  };

  /** A `struct point *` returned by C, wrapped as a view: eager needs an external ArrayBuffer now. */
  const wraps = {
    eager: (a) => new PointEager(a, T_point, undefined, view(a, 24)),
    lazy: (a) => new PointLazy(a, T_point, undefined, undefined),
  };

  return { PointEager, PointLazy, PointSlab, news, wraps };
}
