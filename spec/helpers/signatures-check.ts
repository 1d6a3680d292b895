/**
 * Calls a built random-signature module (signatures-model.ts, signatures-c.ts) and compares, for each
 * function, what C printed of every argument with the values JS passed, the result with the literal
 * C returned, every record view read back, and every sizeof/_Alignof/offsetof with the compiler's.
 * Returns the mismatches as lines that name the seed, the function and the place.
 */
import { offsetPaths, recName } from './signatures-c.js';
import { named, type FzType, type Model, type Scalar, type Value } from './signatures-model.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the module under test is untyped here */
type Any = any;

const f32 = new DataView(new ArrayBuffer(8));

/** The tokens C prints for a value of type `t` (fz_i/fz_u/fz_f32/fz_f64 in signatures-c.ts). */
function tokens(t: FzType, v: Value, out: string[]): void {
  if (t.k === 'rec') {
    const o = v as Record<string, Value>;
    for (const m of named(t.rec)) tokens(m.t, o[m.name], out);
  } else if (t.k === 'arr') {
    const [, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    for (const x of v as Value[]) tokens(sub, x, out);
  } else if (t.k === 'bool') out.push(v ? '1' : '0');
  else if (t.k === 'float') {
    if (Number.isNaN(v)) out.push('nan');
    else if (t.c === 'float') out.push(String((f32.setFloat32(0, v as number), f32.getUint32(0))));
    else out.push(String((f32.setFloat64(0, v as number), f32.getBigUint64(0))));
  } else out.push(String(v));
}

/** The JS value passed for a scalar: 64-bit integers as bigint, or as number when exact (alternately). */
function jsScalar(ffi: Any, s: Scalar, v: Value): unknown {
  if (s.k === 'ptr') return v === 0n ? null : ffi.cast(s.c, v);
  if (s.k !== 'int') return v;
  const b = v as bigint;
  const safe = b >= -(2n ** 53n) && b <= 2n ** 53n;
  return s.size < 8 || (safe && (b & 1n) === 1n) ? Number(b) : b;
}

/** A plain initialiser (objects by field name, arrays by position) for a value. */
function init(ffi: Any, t: FzType, v: Value): unknown {
  if (t.k === 'rec') {
    const o = v as Record<string, Value>;
    return Object.fromEntries(named(t.rec).map((m) => [m.name, init(ffi, m.t, o[m.name])]));
  }
  if (t.k === 'arr') {
    const [, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    return (v as Value[]).map((x) => init(ffi, sub, x));
  }
  return jsScalar(ffi, t, v);
}

/** Compares what JS reads (`got`) with the value; pushes a line per mismatch. */
function same(t: FzType, got: unknown, v: Value, where: string, bad: string[]): void {
  if (t.k === 'rec') {
    const o = v as Record<string, Value>;
    if (got === null || typeof got !== 'object') return void bad.push(`${where}: not a record view: ${String(got)}`);
    for (const m of named(t.rec)) {
      let g: unknown;
      try {
        g = (got as Any)[m.name];
      } catch (e) {
        bad.push(`${where}.${m.name}: read threw ${String(e)}`);
        continue;
      }
      same(m.t, g, o[m.name], `${where}.${m.name}`, bad);
    }
  } else if (t.k === 'arr') {
    const [d, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    const a = got as Any;
    if (a === null || a === undefined || a.length !== d)
      return void bad.push(`${where}: length ${a?.length}, not ${d}`);
    (v as Value[]).forEach((x, i) => same(sub, a[i], x, `${where}[${i}]`, bad));
  } else if (t.k === 'ptr') {
    const ok = v === 0n ? got === null : (got as Any)?.address === v;
    if (!ok) bad.push(`${where}: ${t.c} read ${String((got as Any)?.address ?? got)}, not ${v}`);
  } else if (t.k === 'int') {
    const ok = (typeof got === 'number' || typeof got === 'bigint') && BigInt(got) === v;
    if (!ok) bad.push(`${where}: ${t.c} read ${String(got)} (${typeof got}), not ${v}`);
  } else if (!Object.is(got, v)) bad.push(`${where}: ${t.c} read ${String(got)}, not ${String(v)}`);
}

/** Compares C's printout with the expected tokens. */
function sameTokens(printed: string, want: string[], where: string, bad: string[]): void {
  const got = printed.trim() === '' ? [] : printed.trim().split(' ');
  const at = want.findIndex((w, i) => got[i] !== w);
  if (at >= 0 || got.length !== want.length) {
    const i = at >= 0 ? at : Math.min(got.length, want.length);
    bad.push(`${where}: C received token ${i} = ${got[i]}, JS passed ${want[i]} (${got.length}/${want.length} tokens)`);
  }
}

function checkLayout(m: Model, ffi: Any, lib: Any, bad: string[]): void {
  const want: string[] = [];
  const names: string[] = [];
  for (const r of m.recs) {
    const n = recName(r);
    want.push(String(ffi.sizeof(n)), String(ffi.alignof(n)));
    names.push(`sizeof(${n})`, `_Alignof(${n})`);
    for (const p of offsetPaths(r)) {
      want.push(String(ffi.offsetof(n, p)));
      names.push(`offsetof(${n}, ${p})`);
    }
  }
  const got = (lib.fz_layout() as string).trim().split(' ');
  want.forEach((w, i) => {
    if (got[i] !== w) bad.push(`seed ${m.seed}: ${names[i]} is ${got[i]} in C, ${w} in JS`);
  });
}

/** Calls every function of the model through the module; returns the mismatches (empty: all agree). */
export function checkModel(m: Model, ffi: Any, lib: Any): string[] {
  const bad: string[] = [];
  const guard = (where: string, f: () => void): void => {
    try {
      f();
    } catch (e) {
      bad.push(`${where}: threw ${(e as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(e)}`);
    }
  };
  guard(`seed ${m.seed}: layout`, () => checkLayout(m, ffi, lib, bad));
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [k, f] of m.fns.entries()) {
    // under --expose-gc (the fuzzer), collect now and then: memory a call needs must stay alive
    if (gc && k % 16 === 0) gc();
    const where = `seed ${m.seed}: ${f.name}`;
    guard(where, () => {
      const args = f.params.map((p, i) => {
        if (p.t.k !== 'rec') return jsScalar(ffi, p.t as Scalar, p.v);
        const plain = init(ffi, p.t, p.v);
        if (p.plain) return plain;
        const view = ffi.new(`${recName(p.t.rec)} *`, plain);
        same(p.t, view, p.v, `${where}: argument ${i} as ffi.new read back`, bad);
        return view;
      });
      if (f.extras) {
        args.push(f.extras.length);
        for (const x of f.extras) args.push(x.t.k === 'ptr' && x.v === 0n ? null : ffi.cast(x.t.c, x.v));
      }
      const result = lib[f.name](...args);
      const want: string[] = [];
      f.params.forEach((p) => tokens(p.t, p.v, want));
      if (f.extras) {
        want.push(String(f.extras.length));
        for (const x of f.extras) tokens(x.t, x.v, want);
      }
      sameTokens(lib.fz_out(), want, `${where}(${f.params.length} args)`, bad);
      if (f.ret) same(f.ret.t, result, f.ret.v, `${where}: result`, bad);
      else if (result !== undefined) bad.push(`${where}: void result is ${String(result)}`);
    });
  }
  return bad;
}
