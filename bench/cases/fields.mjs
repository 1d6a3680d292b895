/**
 * Struct field access: generated-style getters/setters over a DataView against a raw DataView at
 * the same offset (the baseline the project must stay within 2× of), a C getter and koffi.
 */

export const section = {
  id: 'fields',
  title: 'Struct fields (ns/access; ratio vs a raw DataView over a JS ArrayBuffer at the same offset)',
  refCol: 'dv',
  columns: [
    ['dv', 'raw DataView.getInt32/setInt32(off, v, true) over a JS ArrayBuffer (no checks)'],
    ['dv²', 'the same raw DataView read in a second loop: an A/A control, its ratio is the noise'],
    ['dv-ext', 'the same over an external ArrayBuffer on C malloc memory'],
    ['eager', 'generated-style class, DataView made in the constructor, JS ArrayBuffer memory'],
    ['lazy', 'the same, DataView made on first access (this._v ?? this.$view())'],
    ['eager-ext', 'eager class over C malloc memory (external ArrayBuffer)'],
    ['lazy-ext', 'lazy class over C malloc memory'],
    ['slab', 'extra candidate: struct carved from a shared 64 KB ArrayBuffer, getter uses a per-object offset'],
    ['C-get', 'hand-written C getter/setter taking a BigInt address'],
    ['koffi-dec', 'koffi.decode(addr, off, type) / koffi.encode(addr, off, type, v), types resolved once'],
    ['koffi-view', 'raw DataView over koffi.view(addr, 24)'],
    ['generated', 'p.x / p.x = v on ffi.new("struct point *") of the generated module'],
  ],
};

const TARGET = 2;

/** @param {ReturnType<import('../lib/env.mjs').makeEnv>} env */
export function methods({ H, K, mem }) {
  const out = [];
  const add = (row, col, ctx, body, extra = {}) => out.push({ section: 'fields', row, col, ctx, body, ...extra });
  const views = [
    ['eager', mem.pE, mem.dvJ],
    ['lazy', mem.pL, mem.dvJ],
    ['eager-ext', mem.pEX, mem.dvX],
    ['lazy-ext', mem.pLX, mem.dvX],
  ];
  const { koffi, INT, DOUBLE, VOIDP } = K;
  const S = new Array(16).fill(null);
  const rx = (dv) => () => dv.getInt32(0, true);
  const rw = (dv) => () => dv.getFloat64(8, true);
  const rd = (dv) => () => dv.getBigUint64(16, true);

  const RX = 'read int x';
  const rxBody = (e) => `acc = (acc + ${e}) | 0;`;
  add(RX, 'dv', { DV: mem.dvJ }, rxBody('DV.getInt32(0, true)'));
  add(RX, 'dv²', { DV: mem.dvJ }, rxBody('DV.getInt32(0, true)'));
  add(RX, 'dv-ext', { DV: mem.dvX }, rxBody('DV.getInt32(0, true)'));
  for (const [col, P] of views) add(RX, col, { P }, rxBody('P.x'), { target: TARGET });
  add(RX, 'slab', { P: mem.pSa }, rxBody('P.x'), { target: TARGET });
  add(RX, 'C-get', { F: H.point_get_x, A: mem.aJ }, rxBody('F(A)'));
  add(RX, 'koffi-dec', { koffi, A: mem.aJ, INT }, rxBody('koffi.decode(A, 0, INT)'));
  add(RX, 'koffi-view', { DV: mem.dvK }, rxBody('DV.getInt32(0, true)'));

  // Writes store a varying value, so a constant cannot fold the setter's range check away.
  const WX = 'write int x';
  add(WX, 'dv', { DV: mem.dvJ }, 'DV.setInt32(0, i & 0xffff, true);', { verify: rx(mem.dvJ) });
  add(WX, 'dv-ext', { DV: mem.dvX }, 'DV.setInt32(0, i & 0xffff, true);', { verify: rx(mem.dvX) });
  for (const [col, P, dv] of views) add(WX, col, { P }, 'P.x = i & 0xffff;', { target: TARGET, verify: rx(dv) });
  add(WX, 'slab', { P: mem.pSa }, 'P.x = i & 0xffff;', { target: TARGET, verify: () => mem.pSa.x });
  add(WX, 'C-get', { F: H.point_set_x, A: mem.aJ }, 'F(A, i & 0xffff);', { verify: rx(mem.dvJ) });
  add(WX, 'koffi-dec', { koffi, A: mem.aJ, INT }, 'koffi.encode(A, 0, INT, i & 0xffff);', { verify: rx(mem.dvJ) });
  add(WX, 'koffi-view', { DV: mem.dvK }, 'DV.setInt32(0, i & 0xffff, true);', { verify: rx(mem.dvJ) });

  // The same with p drawn from two objects: no constant folding of the view, as in real code.
  const RXV = 'read int x, p varies';
  const pairs = mem.pairs;
  const vviews = [
    ['eager', pairs.pE],
    ['lazy', pairs.pL],
    ['eager-ext', pairs.pEX],
    ['lazy-ext', pairs.pLX],
  ];
  add(RXV, 'dv', { DS: pairs.dvJ }, rxBody('DS[i & 1].getInt32(0, true)'));
  add(RXV, 'dv²', { DS: pairs.dvJ }, rxBody('DS[i & 1].getInt32(0, true)'));
  add(RXV, 'dv-ext', { DS: pairs.dvX }, rxBody('DS[i & 1].getInt32(0, true)'));
  for (const [col, PS] of vviews) add(RXV, col, { PS }, rxBody('PS[i & 1].x'), { target: TARGET });
  add(RXV, 'slab', { PS: pairs.pSl }, rxBody('PS[i & 1].x'), { target: TARGET });
  add(RXV, 'C-get', { F: H.point_get_x, AS: pairs.aJ }, rxBody('F(AS[i & 1])'));
  const WXV = 'write int x, p varies';
  const rx2 = (ds) => () => ds[0].getInt32(0, true) + ds[1].getInt32(0, true);
  add(WXV, 'dv', { DS: pairs.dvJ }, 'DS[i & 1].setInt32(0, i & 0xffff, true);', { verify: rx2(pairs.dvJ) });
  add(WXV, 'dv-ext', { DS: pairs.dvX }, 'DS[i & 1].setInt32(0, i & 0xffff, true);', { verify: rx2(pairs.dvX) });
  for (const [col, PS] of vviews)
    add(WXV, col, { PS }, 'PS[i & 1].x = i & 0xffff;', {
      target: TARGET,
      verify: rx2(col.endsWith('ext') ? pairs.dvX : pairs.dvJ),
    });
  add(WXV, 'slab', { PS: pairs.pSl }, 'PS[i & 1].x = i & 0xffff;', {
    target: TARGET,
    verify: () => mem.pSa.x + mem.pSb.x,
  });
  add(WXV, 'C-get', { F: H.point_set_x, AS: pairs.aJ }, 'F(AS[i & 1], i & 0xffff);', { verify: rx2(pairs.dvJ) });

  const RW = 'read double w';
  add(RW, 'dv', { DV: mem.dvJ }, 'acc += DV.getFloat64(8, true);');
  add(RW, 'dv-ext', { DV: mem.dvX }, 'acc += DV.getFloat64(8, true);');
  for (const [col, P] of views) add(RW, col, { P }, 'acc += P.w;', { target: TARGET });
  add(RW, 'koffi-dec', { koffi, A: mem.aJ, DOUBLE }, 'acc += koffi.decode(A, 8, DOUBLE);');
  add(RW, 'koffi-view', { DV: mem.dvK }, 'acc += DV.getFloat64(8, true);');

  const WW = 'write double w';
  add(WW, 'dv', { DV: mem.dvJ }, 'DV.setFloat64(8, i * 0.5, true);', { verify: rw(mem.dvJ) });
  add(WW, 'dv-ext', { DV: mem.dvX }, 'DV.setFloat64(8, i * 0.5, true);', { verify: rw(mem.dvX) });
  for (const [col, P, dv] of views) add(WW, col, { P }, 'P.w = i * 0.5;', { target: TARGET, verify: rw(dv) });
  add(WW, 'koffi-dec', { koffi, A: mem.aJ, DOUBLE }, 'koffi.encode(A, 8, DOUBLE, i * 0.5);', { verify: rw(mem.dvJ) });
  add(WW, 'koffi-view', { DV: mem.dvK }, 'DV.setFloat64(8, i * 0.5, true);', { verify: rw(mem.dvJ) });

  // A pointer field: raw is a bare BigInt; the views also wrap it into a typed pointer object.
  const RD = 'read void *data';
  add(RD, 'dv', { DV: mem.dvJ, S }, 'S[i & 15] = DV.getBigUint64(16, true);', { probe: false });
  add(RD, 'dv-ext', { DV: mem.dvX, S }, 'S[i & 15] = DV.getBigUint64(16, true);', { probe: false });
  for (const [col, P] of views) add(RD, col, { P, S }, 'S[i & 15] = P.data;', { target: TARGET, probe: false });
  add(RD, 'koffi-dec', { koffi, A: mem.aJ, VOIDP, S }, 'S[i & 15] = koffi.decode(A, 16, VOIDP);', { probe: false });
  add(RD, 'koffi-view', { DV: mem.dvK, S }, 'S[i & 15] = DV.getBigUint64(16, true);', { probe: false });

  const WD = 'write void *data';
  const QA = mem.q._a;
  add(WD, 'dv', { DV: mem.dvJ, QA }, 'DV.setBigUint64(16, QA, true);', { verify: rd(mem.dvJ) });
  add(WD, 'dv-ext', { DV: mem.dvX, QA }, 'DV.setBigUint64(16, QA, true);', { verify: rd(mem.dvX) });
  for (const [col, P, dv] of views) add(WD, col, { P, Q: mem.q }, 'P.data = Q;', { target: TARGET, verify: rd(dv) });
  add(WD, 'koffi-dec', { koffi, A: mem.aJ, VOIDP, QA }, 'koffi.encode(A, 16, VOIDP, QA);', { verify: rd(mem.dvJ) });
  add(WD, 'koffi-view', { DV: mem.dvK, QA }, 'DV.setBigUint64(16, QA, true);', { verify: rd(mem.dvJ) });
  return out;
}
