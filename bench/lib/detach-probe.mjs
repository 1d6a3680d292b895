/**
 * Child process of memory-facts.mjs: times DataView reads (constant and varying view) and a
 * generated-style getter, optionally after detaching one unrelated ArrayBuffer first, which
 * invalidates V8's "array buffer detaching" protector for the whole isolate. Prints JSON medians.
 */
if (process.argv[2] === 'detach') {
  const ab = new ArrayBuffer(8);
  structuredClone(ab, { transfer: [ab] });
  if (ab.byteLength !== 0) throw new Error('not detached');
}
class View {
  constructor(ab) {
    this._a = 0n;
    this._t = null;
    this._o = ab;
    this._v = new DataView(ab, 0, 24);
  }
  get x() {
    return this._v.getInt32(0, true);
  }
}
const abs = [new ArrayBuffer(24), new ArrayBuffer(24)];
const DS = abs.map((a) => new DataView(a));
const PS = abs.map((a) => new View(a));
const mk = (pre, body, X) =>
  new Function(
    'X',
    `${pre} return function loop_${Math.random().toString(36).slice(2)}(n) { ` +
      `let acc = 0; for (let i = 0; i < n; i++) { ${body} } return acc; }`,
  )(X);
const fns = {
  dv: mk('const D = X[0];', 'acc = (acc + D.getInt32(0, true)) | 0;', DS),
  'dv varies': mk('', 'acc = (acc + X[i & 1].getInt32(0, true)) | 0;', DS),
  'p.x varies': mk('', 'acc = (acc + X[i & 1].x) | 0;', PS),
};
const N = 5e6;
for (const f of Object.values(fns)) for (let k = 0; k < 3; k++) f(1e5);
const res = {};
for (let r = 0; r < 15; r++)
  for (const [k, f] of Object.entries(fns)) {
    const t = process.hrtime.bigint();
    f(N);
    (res[k] ??= []).push(Number(process.hrtime.bigint() - t) / N);
  }
const med = (v) => v.sort((a, b) => a - b)[v.length >> 1];
console.log(JSON.stringify(Object.fromEntries(Object.entries(res).map(([k, v]) => [k, med(v)]))));
