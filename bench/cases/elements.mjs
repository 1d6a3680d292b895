/**
 * Array elements: `a[i]` (the guard's Proxy, see pointer.cts) and `a.get(i)` (the method, reading a
 * cached DataView) over an `int[1024]` from the generated module's `ffi.new`, against a raw DataView
 * and an Int32Array over a JS ArrayBuffer of the same size. The index walks the whole array.
 */

export const section = {
  id: 'elements',
  title: 'Array elements (ns/element, int[1024], i walks the array; ratio vs a raw DataView)',
  refCol: 'dv',
  columns: [
    ['dv', 'raw DataView.getInt32/setInt32(i * 4, v, true) over a JS ArrayBuffer (no checks)'],
    ['dv²', 'the same raw DataView in a second loop: an A/A control, its ratio is the noise'],
    ['i32a', 'Int32Array[i] over a JS ArrayBuffer (no checks; out of range reads undefined, writes wrap)'],
    ['get', "a.get(i) / a.set(i, v) on ffi.new('int[1024]') of the generated module (checked)"],
    ['index', "a[i] / a[i] = v on the same array (checked, through the Proxy at the prototype chain's root)"],
  ],
};

const N = 1024;
const RD = 'read a[i]';
const WR = 'write a[i] = v';
const RD0 = "read p[0], p = ffi.new('int *')";
const readBody = (e) => `acc = (acc + ${e}) | 0;`;

/** The raw floors: a DataView and an Int32Array over JS memory filled as the module's arrays are. */
export function methods() {
  const ab = new ArrayBuffer(N * 4);
  const dv = new DataView(ab);
  const ta = new Int32Array(ab);
  for (let i = 0; i < N; i++) ta[i] = i;
  const one = new DataView(new ArrayBuffer(4));
  one.setInt32(0, 7, true);
  const sum = () => ta.slice(0, 64).reduce((s, v) => s + v, 0);
  const out = [];
  const add = (row, col, ctx, body, extra = {}) => out.push({ section: 'elements', row, col, ctx, body, ...extra });
  add(RD, 'dv', { DV: dv }, readBody('DV.getInt32((i & 1023) << 2, true)'));
  add(RD, 'dv²', { DV: dv }, readBody('DV.getInt32((i & 1023) << 2, true)'));
  add(RD, 'i32a', { TA: ta }, readBody('TA[i & 1023]'));
  add(WR, 'dv', { DV: dv }, 'DV.setInt32((i & 1023) << 2, i & 0xffff, true);', { verify: sum });
  add(WR, 'dv²', { DV: dv }, 'DV.setInt32((i & 1023) << 2, i & 0xffff, true);', { verify: sum });
  add(WR, 'i32a', { TA: ta }, 'TA[i & 1023] = i & 0xffff;', { verify: sum });
  add(RD0, 'dv', { DV: one }, readBody('DV.getInt32(0, true)'));
  add(RD0, 'i32a', { TA: new Int32Array(one.buffer) }, readBody('TA[0]'));
  return out;
}

/** The same rows on the generated module: `.get(i)` and `[i]` over its own `int[1024]`. */
export function moduleMethods({ ffi }) {
  const make = () =>
    ffi.new(
      'int[1024]',
      Array.from({ length: N }, (_, i) => i),
    );
  const [a, b, c, d] = [make(), make(), make(), make()];
  const p = ffi.new('int *', 7);
  const sum = (x) => () => [...x].slice(0, 64).reduce((s, v) => s + v, 0);
  const out = [];
  const add = (row, col, ctx, body, extra = {}) => out.push({ section: 'elements', row, col, ctx, body, ...extra });
  add(RD, 'get', { A: a }, readBody('A.get(i & 1023)'));
  add(RD, 'index', { A: b }, readBody('A[i & 1023]'));
  add(WR, 'get', { A: c }, 'A.set(i & 1023, i & 0xffff);', { verify: sum(c) });
  add(WR, 'index', { A: d }, 'A[i & 1023] = i & 0xffff;', { verify: sum(d) });
  add(RD0, 'get', { P: p }, readBody('P.get(0)'));
  add(RD0, 'index', { P: p }, readBody('P[0]'));
  return out;
}
