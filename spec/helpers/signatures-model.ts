/**
 * The random-signature model: a seeded generator of C record types (every scalar width, bitfields,
 * 1-D/2-D arrays, packing, alignment, anonymous members, nesting) and functions (parameter lists,
 * records by value, variadic extras, return types), each with random values to pass and return.
 * signatures-c.ts writes it as C, signatures-check.ts calls it through a built module.
 */

/** A scalar C type. `size` in bytes; `bits` of a bitfield narrows the range. */
export interface Scalar {
  readonly k: 'int' | 'bool' | 'float' | 'ptr';
  readonly c: string;
  readonly size: number;
  readonly signed: boolean;
}

/** A field's or a parameter's type. */
export type FzType = Scalar | { readonly k: 'rec'; readonly rec: Rec } | ArrayT;

/** An array type: element and dimensions (outermost first). */
export interface ArrayT {
  readonly k: 'arr';
  readonly el: Scalar | { readonly k: 'rec'; readonly rec: Rec };
  readonly dims: readonly number[];
}

/** A member of a record: a named field (maybe a bitfield, maybe aligned), an unnamed one, or an anonymous record. */
export type Member =
  | { readonly name: string; readonly t: FzType; readonly bits?: number; readonly align?: number }
  | { readonly name: null; readonly t: Scalar; readonly bits: number }
  | { readonly anon: Rec };

/** A struct or union; `tag` is null for an anonymous member. */
export interface Rec {
  readonly tag: string | null;
  readonly union: boolean;
  readonly members: readonly Member[];
  readonly packed: boolean;
  readonly pragmaPack: number;
}

/** A value of an {@link FzType}: bigint (ints), boolean, number (floats), bigint address, arrays, objects. */
export type Value = bigint | boolean | number | readonly Value[] | { readonly [name: string]: Value };

/** One generated function: its parameters with the values of one call, its result. */
export interface Fn {
  readonly name: string;
  readonly params: readonly { readonly t: FzType; readonly v: Value; readonly plain: boolean }[];
  readonly ret: { readonly t: FzType; readonly v: Value } | null;
  /** Variadic extras (after `int n`): their C promotion type and value. */
  readonly extras: readonly { readonly t: Scalar; readonly v: Value }[] | null;
}

/** A whole generated module. */
export interface Model {
  readonly seed: number;
  readonly recs: readonly Rec[];
  readonly fns: readonly Fn[];
}

/** mulberry32: small, seedable, good enough to pick shapes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (c: string, size: number, signed: boolean): Scalar => ({ k: 'int', c, size, signed });
const CHAR_SIGNED = process.arch === 'x64' || process.arch === 'ia32';
/** Every scalar the fuzzer uses (LP64). */
export const SCALARS: readonly Scalar[] = [
  int('char', 1, CHAR_SIGNED),
  int('signed char', 1, true),
  int('unsigned char', 1, false),
  int('short', 2, true),
  int('unsigned short', 2, false),
  int('int', 4, true),
  int('unsigned int', 4, false),
  int('long', 8, true),
  int('unsigned long', 8, false),
  int('long long', 8, true),
  int('unsigned long long', 8, false),
  int('int8_t', 1, true),
  int('uint16_t', 2, false),
  int('int32_t', 4, true),
  int('uint64_t', 8, false),
  int('size_t', 8, false),
  int('intptr_t', 8, true),
  int('ptrdiff_t', 8, true),
  { k: 'bool', c: '_Bool', size: 1, signed: false },
  { k: 'float', c: 'float', size: 4, signed: true },
  { k: 'float', c: 'double', size: 8, signed: true },
  { k: 'ptr', c: 'void *', size: 8, signed: false },
  { k: 'ptr', c: 'int *', size: 8, signed: false },
  // wider than a register: exact bigints, and a long double that holds every double exactly
  int('__int128', 16, true),
  int('unsigned __int128', 16, false),
  { k: 'float', c: 'long double', size: 16, signed: true },
];
/** What a variadic function's fixed part takes (libffi has no 128-bit integer type). */
const NARROW = SCALARS.filter((s) => s.size <= 8);
const BITFIELD_BASES = [int('int', 4, true), int('unsigned int', 4, false), int('unsigned long long', 8, false)];
const VA_TYPES = [int('int', 4, true), int('unsigned int', 4, false), int('long', 8, true), SCALARS[20], SCALARS[21]];

/** The generator's state: the random source and a counter for unique names. */
class Gen {
  n = 0;
  readonly recs: Rec[] = [];
  constructor(readonly r: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  id(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
}

function intRange(s: Scalar, bits = s.size * 8): [bigint, bigint] {
  const w = BigInt(bits);
  return s.signed ? [-(1n << (w - 1n)), (1n << (w - 1n)) - 1n] : [0n, (1n << w) - 1n];
}

/** A random value of a scalar: edges often, random bits otherwise. */
function scalarValue(g: Gen, s: Scalar, bits?: number): Value {
  if (s.k === 'bool') return g.chance(0.5);
  if (s.k === 'ptr') return g.chance(0.2) ? 0n : BigInt(Math.floor(g.r() * 2 ** 47)) & ~7n;
  if (s.k === 'float') {
    const edges = [0, -0, 1.5, -2.25, Infinity, -Infinity, NaN, 1e-310, 3.4028234663852886e38];
    let v = g.chance(0.3) ? g.pick(edges) : (g.r() - 0.5) * 2 ** Math.floor(g.r() * 200 - 100);
    if (s.c === 'float') v = Math.fround(v);
    if (s.c === 'long double' && Object.is(v, 1e-310)) v = 1e-300; // a long double's subnormals differ; keep it normal
    return v;
  }
  const [lo, hi] = intRange(s, bits);
  if (g.chance(0.35)) return g.pick([lo, hi, 0n, -1n, 1n].filter((v) => v >= lo && v <= hi));
  let v = 0n;
  for (let i = 0; i < Math.max(4, s.size / 2); i++) v = (v << 16n) | BigInt(Math.floor(g.r() * 65536));
  return lo + (v % (hi - lo + 1n));
}

/** A random value of any type. */
export function valueOf(g: Gen, t: FzType, bits?: number): Value {
  if (t.k === 'rec') return recValue(g, t.rec);
  if (t.k === 'arr') {
    const [d, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    return Array.from({ length: d }, () => valueOf(g, sub));
  }
  return scalarValue(g, t, bits);
}

/** The named members a record's initialiser and printout cover: a union's first only, anonymous ones inlined. */
export function named(rec: Rec): { name: string; t: FzType; bits?: number }[] {
  const out: { name: string; t: FzType; bits?: number }[] = [];
  for (const m of rec.members) {
    if ('anon' in m) out.push(...named(m.anon));
    else if (m.name !== null) out.push({ name: m.name, t: m.t, bits: m.bits });
    if (rec.union && out.length) break;
  }
  return out;
}

function recValue(g: Gen, rec: Rec): Value {
  const o: Record<string, Value> = {};
  for (const m of named(rec)) o[m.name] = valueOf(g, m.t, m.bits);
  return o;
}

function fieldType(g: Gen, depth: number): FzType {
  const roll = g.r();
  const nested = g.recs.filter((r) => r.tag !== null);
  if (roll < 0.12 && nested.length && depth < 2) return { k: 'rec', rec: g.pick(nested) };
  if (roll < 0.25) {
    const el = nested.length && g.chance(0.2) ? { k: 'rec' as const, rec: g.pick(nested) } : g.pick(SCALARS);
    const dims = g.chance(0.3) ? [1 + Math.floor(g.r() * 3), 1 + Math.floor(g.r() * 3)] : [1 + Math.floor(g.r() * 4)];
    return { k: 'arr', el, dims };
  }
  return g.pick(SCALARS);
}

function member(g: Gen, depth: number, union: boolean): Member {
  const roll = g.r();
  if (roll < 0.08 && depth < 2) return { anon: record(g, null, depth + 1) };
  if (roll < 0.25 && !union) {
    const base = g.chance(0.15) ? SCALARS[18] : g.pick(BITFIELD_BASES);
    const bits = base.k === 'bool' ? 1 : 1 + Math.floor(g.r() * (base.size * 8 - 1));
    if (g.chance(0.1)) return { name: null, t: base, bits: g.chance(0.5) ? 0 : bits };
    return { name: g.id('f'), t: base, bits };
  }
  const align = !union && g.chance(0.05) ? g.pick([8, 16]) : undefined;
  return { name: g.id('f'), t: fieldType(g, depth), align };
}

function record(g: Gen, tag: string | null, depth: number): Rec {
  const union = g.chance(0.2);
  const count = 1 + Math.floor(g.r() * (depth ? 3 : 7));
  const members: Member[] = [];
  for (let i = 0; i < count; i++) members.push(member(g, depth, union));
  // a record needs a named member first, so that the initialiser and the printout have something to cover
  if (!named({ tag, union, members, packed: false, pragmaPack: 0 }).length)
    members.unshift({ name: g.id('f'), t: SCALARS[5] });
  const packed = tag !== null && g.chance(0.12);
  const pragmaPack = tag !== null && !packed && g.chance(0.12) ? g.pick([1, 2, 4]) : 0;
  return { tag, union, members, packed, pragmaPack };
}

function paramType(g: Gen): FzType {
  if (g.recs.length && g.chance(0.3)) return { k: 'rec', rec: g.pick(g.recs) };
  return g.pick(SCALARS);
}

/** Generates `nRecs` records and `nFns` functions from a seed: the same seed gives the same model. */
export function generate(seed: number, nRecs: number, nFns: number): Model {
  const g = new Gen(rng(seed));
  for (let i = 0; i < nRecs; i++) g.recs.push(record(g, g.id('fz_r'), 0));
  const fns: Fn[] = [];
  for (let i = 0; i < nFns; i++) {
    const variadic = g.chance(0.15);
    // a variadic function with a record by value in its fixed part is skipped (CI010, docs/variadic.md)
    const params = Array.from({ length: Math.floor(g.r() * (variadic ? 3 : 9)) }, () => {
      const t = variadic ? g.pick(NARROW) : paramType(g);
      return { t, v: valueOf(g, t), plain: t.k === 'rec' && g.chance(0.5) };
    });
    const rt = g.chance(0.15) ? null : variadic ? g.pick(NARROW) : paramType(g);
    const extras = variadic
      ? Array.from({ length: Math.floor(g.r() * 5) }, () => {
          const t = g.pick(VA_TYPES);
          return { t, v: scalarValue(g, t) };
        })
      : null;
    fns.push({ name: g.id('fz_f'), params, ret: rt && { t: rt, v: valueOf(g, rt) }, extras });
  }
  return { seed, recs: g.recs, fns };
}
