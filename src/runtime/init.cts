import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { setAt } from './element.cjs';
import { native } from './native.cjs';
import { moveKept, Owner } from './owner.cjs';
import { CArray, PlainPointer, Pointer, viewAt } from './pointer.cjs';
import { copyInto } from './scalar.cjs';

/**
 * Stores an initialiser at `off` bytes into `p`, as C's `= { ... }` and CFFI's initialisers do:
 * a scalar; for a record a list (positional) or an object (by field name), nested, or a cdata of
 * the same type (copied); for an array a list, a TypedArray, or for char arrays a string.
 */
export function initialise(p: Pointer, off: number, t: RtType, init: unknown, where: string): void {
  if (t.kind === 'record') {
    if (Pointer.is(init)) return copyInto(p, off, t, init, where);
    if (typeof init !== 'object' || init === null)
      throw new TypeError(
        `${where}: initializer for '${t.name}' must be a list, an object or a cdata '${t.name}', not ${describe(init)}`,
      );
    const view = p.$member(off, t) as unknown as Record<string, unknown>;
    const entries: [string, unknown][] = Array.isArray(init)
      ? init.map((v, i) => {
          const f = t.fields[i];
          if (!f) throw new RangeError(`${where}: too many initialisers for '${t.name}' (${t.fields.length} fields)`);
          return [f.name, v];
        })
      : Object.entries(init);
    for (const [name, v] of entries) {
      const f = t.fields.find((x) => x.name === name);
      if (!f) throw new TypeError(`${where}: '${t.name}' has no field '${name}'`);
      if ((f.type.kind === 'record' || f.type.kind === 'array') && !Pointer.is(v))
        initialise(p, off + f.offset, f.type, v, `${where}.${name}`);
      else view[name] = v;
    }
    return;
  }
  if (t.kind === 'array') {
    const byteArray = t.of.kind === 'int' && t.of.size === 1;
    if (Pointer.is(init) || typeof init === 'string' || (byteArray && ArrayBuffer.isView(init)))
      return copyInto(p, off, t, init, where);
    const list =
      ArrayBuffer.isView(init) && !(init instanceof DataView)
        ? Array.from(init as unknown as ArrayLike<number | bigint>)
        : init;
    if (!Array.isArray(list))
      throw new TypeError(`${where}: an array initialiser must be a list, got ${describe(init)}`);
    if (t.length !== undefined && list.length > t.length)
      throw new RangeError(`${where}: ${list.length} initialisers for '${t.name}'`);
    const arr = p.$member(off, t) as CArray;
    list.forEach((v, i) => {
      if (t.of.kind === 'record' || t.of.kind === 'array')
        initialise(p, off + i * t.of.size, t.of, v, `${where}[${i}]`);
      else setAt(arr, i, v);
    });
    return;
  }
  setAt(p, off / t.size, init, where);
}

/**
 * A struct or array field assignment (`p.pos = { x: 1 }`, `p.name = 'abc'`, `p.vals = [1, 2]`):
 * like C's assignment of a compound literal, fields not given are zeroed. The value is built in
 * scratch memory first and copied in whole, so a failing initialiser leaves the field unchanged.
 */
export function assign(p: Pointer, off: number, t: RtType, v: unknown, where: string): void {
  if (Pointer.is(v)) return copyInto(p, off, t, v, where);
  const dv = viewAt(p, off, t.size);
  const scratch = new ArrayBuffer(Math.max(t.size, 1));
  const o = new Owner(scratch);
  initialise(new PlainPointer(t, native.$address(scratch), o, 0), 0, t, v, where);
  new Uint8Array(dv.buffer, dv.byteOffset, t.size).set(new Uint8Array(scratch, 0, t.size));
  moveKept(o, p, off, t.size);
}
