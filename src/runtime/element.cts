/**
 * Element access: `p.get(i)` / `p.set(i, v)` and, through the guard's Proxy at the root of every
 * cdata's prototype chain, `p[i]` / `p[i] = v`. Scalars and pointers within the elements known to be
 * there are read and written straight from the pointer's cached DataView (`$v`); everything else
 * (records, arrays, bounds and NULL errors, C memory of unknown length) takes the checked path.
 */
import { checkInt } from './convert.cjs';
import { assign } from './init.cjs';
import { CTYPE, type Pointer } from './pointer.cjs';
import { readScalar, writeScalar } from './scalar.cjs';

/**
 * `p[i]` as JS. A module function, so a struct field named `get` cannot shadow it. Scalars and
 * pointers within the known elements read straight from the cached view (`$v`); records, arrays,
 * errors and elements beyond what is known (C memory) take `elementAt`.
 */
export function getAt(p: Pointer, i: number): unknown {
  const t = p.$t;
  if (t.kind === 'int' || t.kind === 'float' || t.kind === 'pointer') {
    const dv = p.$v;
    const o = p.$o;
    // $k, not dv.byteLength: that getter alone costs twice the rest of this path
    if (i >>> 0 === i && i < p.$k && (o === undefined || !o.dead))
      return t.kind === 'pointer' ? readScalar(t, dv, i * t.size) : t.read(dv, i * t.size);
  }
  return elementAt(p, i);
}

function elementAt(p: Pointer, i: number): unknown {
  const t = p.$t;
  if (t.kind === 'record' || t.kind === 'array') {
    // a record or array within the known elements is a view into `$v`; others are checked first
    if (!(i >>> 0 === i && i < p.$k && !p.$o?.dead)) p.$elementView(i);
    return p.$member(i * t.size, t);
  }
  return readScalar(t, p.$elementView(i), 0);
}

/**
 * `p[i] = v`, checked as a field write is: integers range-checked, pointers typed, records and arrays
 * assigned from a cdata of their type or an initialiser (the rest zeroed).
 */
export function setAt(p: Pointer, i: number, v: unknown, where?: string): void {
  const t = p.$t;
  if (t.kind === 'int' || t.kind === 'float') {
    const dv = p.$v;
    const o = p.$o;
    if (i >>> 0 === i && i < p.$k && (o === undefined || !o.dead) && t.fits(v))
      return t.write(dv, i * t.size, v as number);
  }
  storeAt(p, i, v, where ?? `element ${i} of '${p[CTYPE]}'`);
}

function storeAt(p: Pointer, i: number, v: unknown, where: string): void {
  const t = p.$t;
  if (t.kind === 'record' || t.kind === 'array') {
    p.$elementView(i);
    assign(p, i * t.size, t, v, where);
  } else if (t.kind === 'int') {
    // checkInt first: a wrong value is reported as such, even at a wrong index
    const w = checkInt(v, t.range, where);
    t.write(p.$elementView(i), 0, w);
  } else {
    writeScalar(t, p.$elementView(i), 0, v, where, p, i * t.size);
  }
}

/**
 * The element index a property key names, for `p[i]`: a number for a canonical array index
 * (`'0'`, `'12'`), -1 for an ordinary property name (`'x'`, `'01'`), NaN for a numeric key that is
 * no index (`'-1'`, `'1.5'`, `'NaN'`): an error rather than a silent JS property.
 */
function elementIndex(key: string | symbol): number {
  if (typeof key !== 'string') return -1;
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const n = Number(key);
    if (Number.isSafeInteger(n) && String(n) === key) return n;
  } else if (c !== 45 && key !== 'NaN' && key !== 'Infinity') return -1;
  return key === '-0' || String(Number(key)) === key ? NaN : -1;
}

/** The error for `p[-1]`, `p[1.5]`: named like a bounds error. */
function badIndex(p: Pointer, key: string): RangeError {
  return new RangeError(`index must be a non-negative integer for cdata '${p[CTYPE]}', got ${key}`);
}

/** What the guard does with `p[key]` (a read of a missing property): an element, or `undefined`. */
export function readElement(p: Pointer, key: string | symbol): unknown {
  const i = elementIndex(key);
  if (i >= 0) return getAt(p, i);
  if (i !== i) throw badIndex(p, key as string);
  return undefined;
}

/** What the guard does with `p[key] = v`: an element write, or false (not an index: the guard throws). */
export function writeElement(p: Pointer, key: string | symbol, v: unknown): boolean {
  const i = elementIndex(key);
  if (i !== i) throw badIndex(p, key as string);
  if (i < 0) return false;
  setAt(p, i, v);
  return true;
}
