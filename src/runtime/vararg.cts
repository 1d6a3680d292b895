/**
 * Variadic calls: the typed scalar that `ffi.cast('int', 42)` returns, and how the extra arguments
 * of a variadic function (`printf(fmt, ...)`) are checked and packed for the C side
 * (cffi-variadic.h), which calls through libffi. C gives the extras no type, so each one must carry
 * its own (CFFI: "needs to be a cdata object"): a `Scalar`, a pointer, null or a string.
 */
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { alive, CTYPE, Pointer } from './pointer.cjs';

/**
 * A C scalar of a known type, as CFFI's `<cdata 'int' 42>`: what `ffi.cast` returns for integer,
 * bool and floating types. It converts like its value (`+x`, `x + 1`, `Number(x)`, template
 * strings), crosses into an integer or floating parameter as its value, and is the only kind of
 * number a variadic function takes as an extra argument.
 */
export class Scalar {
  /** The value: a number, a bigint (64-bit integers) or a boolean (`_Bool`). */
  readonly value: number | bigint | boolean;
  /** @internal the C type. */
  readonly $t: RtType;
  /** @internal the value again, under the name the C runtime looks for (cffi-int.h). */
  readonly $scalar: number | bigint | boolean;

  // plain stores, one hidden class: a cast made for each call of a variadic function stays cheap
  constructor(t: RtType, value: number | bigint | boolean) {
    this.value = value;
    this.$t = t;
    this.$scalar = value;
  }

  /** The value, so that arithmetic and comparisons (`==`, `<`) see the number. */
  valueOf(): number | bigint | boolean {
    return this.value;
  }

  toString(): string {
    return String(this.value);
  }

  toJSON(): unknown {
    return typeof this.value === 'bigint' ? this.value.toString() : this.value;
  }

  /** The C spelling of the type (`describe` and `ffi.typeof` read it). */
  get [CTYPE](): string {
    return this.$t.name;
  }
}

/** The value of a `Scalar`, anything else unchanged: where a plain value is expected, a cast one is too. */
export function unbox(v: unknown): unknown {
  return v instanceof Scalar ? v.value : v;
}

/**
 * The kinds of packed extras, shared with cffi-variadic.h (`CFFI_VA_*`): each extra is the C type
 * its value has after C's default argument promotions (float → double, integers narrower than
 * `int` → `int`).
 */
export const VA_KINDS = { int: 0, uint: 1, long: 2, ulong: 3, double: 4, pointer: 5, string: 6 } as const;

/**
 * The extra arguments of a call to variadic `fn` (whose fixed parameters are `fixed`), packed for
 * the C side as `[kind, value, kind, value, ...]`, which the wrapper spreads after the fixed
 * arguments (one napi_get_cb_info reads them all). A bare number, bigint or boolean has no C type:
 * a TypeError that names the function and the position and says to use `ffi.cast`.
 */
export function varargs(extras: readonly unknown[], fn: string, fixed: number): unknown[] {
  const packed = new Array<unknown>(extras.length * 2);
  for (let i = 0, k = 0; i < extras.length; i++, k += 2) {
    const v = extras[i];
    if (v instanceof Scalar) {
      packed[k] = promotedKind(v.$t);
      packed[k + 1] = typeof v.value === 'boolean' ? Number(v.value) : v.value;
    } else if (Pointer.is(v)) {
      packed[k] = VA_KINDS.pointer;
      packed[k + 1] = alive(v, `${fn}()`);
    } else if (v === null) {
      packed[k] = VA_KINDS.pointer;
      packed[k + 1] = 0n;
    } else if (typeof v === 'string') {
      packed[k] = VA_KINDS.string;
      packed[k + 1] = v;
    } else throw new TypeError(extraError(v, fn, fixed + i + 1));
  }
  return packed;
}

/** C's default argument promotions: the kind a scalar of type `t` is passed as. */
function promotedKind(t: RtType): number {
  // no libffi kind here carries long double or __int128: refused rather than passed as a narrower type
  if (t.size > 8) throw new TypeError(`a '${t.name}' cannot be passed in the variadic part ('...')`);
  if (t.kind === 'float') return VA_KINDS.double;
  if (t.kind !== 'int') throw new TypeError(`internal: a scalar of type '${t.name}'`);
  // anything narrower than int becomes int (unsigned short and unsigned char included: int holds them)
  if (t.size < 4) return VA_KINDS.int;
  const signed = t.range.min < 0n;
  if (t.size === 4) return signed ? VA_KINDS.int : VA_KINDS.uint;
  return signed ? VA_KINDS.long : VA_KINDS.ulong;
}

function extraError(v: unknown, fn: string, position: number): string {
  const what = `${fn}(): argument ${position} is passed in the variadic part ('...')`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
    return (
      `${what} and needs a C type: ${describe(v)} has none; ` +
      `use ffi.cast('int', …), ffi.cast('double', …) or ffi.cast('long', …)`
    );
  return `${what}: expected ffi.cast(<type>, value), a pointer, null or a string, got ${describe(v)}`;
}
