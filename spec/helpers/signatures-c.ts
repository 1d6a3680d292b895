/**
 * Writes a random-signature model (signatures-model.ts) as a C header and its implementation. Each
 * function prints every argument it receives (integers in decimal, floats as their bits, pointers as
 * addresses, records field by field) into a buffer read by `fz_out()`, and returns a literal value;
 * `fz_layout()` prints every record's sizeof, _Alignof and field offsets as the compiler sees them.
 */
import { named, type FzType, type Model, type Rec, type Scalar, type Value } from './signatures-model.js';

/** The C spelling of a record type. */
export function recName(r: Rec): string {
  return `${r.union ? 'union' : 'struct'} ${r.tag}`;
}

/** A declaration of `name` with type `t`. */
function decl(t: FzType, name: string): string {
  if (t.k === 'rec') return `${recName(t.rec)} ${name}`;
  if (t.k === 'arr') return `${decl(t.el, name)}${t.dims.map((d) => `[${d}]`).join('')}`;
  return `${t.c} ${name}`;
}

function body(r: Rec, indent: string): string {
  const lines = r.members.map((m) => {
    if ('anon' in m)
      return `${indent}${m.anon.union ? 'union' : 'struct'} {\n${body(m.anon, indent + '  ')}${indent}};`;
    if (m.name === null) return `${indent}${m.t.c} : ${m.bits};`;
    const bits = m.bits !== undefined ? ` : ${m.bits}` : '';
    const align = 'align' in m && m.align ? ` __attribute__((aligned(${m.align})))` : '';
    return `${indent}${decl(m.t, m.name)}${bits}${align};`;
  });
  return lines.join('\n') + '\n';
}

function recordDef(r: Rec): string {
  const def = `${recName(r)} {\n${body(r, '  ')}}${r.packed ? ' __attribute__((packed))' : ''};`;
  return r.pragmaPack ? `#pragma pack(push, ${r.pragmaPack})\n${def}\n#pragma pack(pop)` : def;
}

function intLit(s: Scalar, v: bigint): string {
  if (s.size === 16) {
    const u = BigInt.asUintN(128, v); // two 64-bit halves: C has no 128-bit literal
    return `(${s.c})(((unsigned __int128)${u >> 64n}ULL << 64) | ${u & ((1n << 64n) - 1n)}ULL)`;
  }
  if (v === -(1n << 63n)) return `(${s.c})(-9223372036854775807LL - 1)`;
  return `(${s.c})${v}${s.signed ? 'LL' : 'ULL'}`;
}

function floatLit(v: number): string {
  if (Number.isNaN(v)) return '__builtin_nan("")';
  if (v === Infinity || v === -Infinity) return `${v < 0 ? '-' : ''}__builtin_inf()`;
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** A C expression of a scalar value. */
function lit(s: Scalar, v: Value): string {
  if (s.k === 'bool') return v ? '1' : '0';
  if (s.k === 'float') return `(${s.c})${floatLit(v as number)}`;
  if (s.k === 'ptr') return `(${s.c})(uintptr_t)${v}ULL`;
  return intLit(s, v as bigint);
}

/** Statements assigning value `v` of type `t` to the lvalue `lv`. */
function assign(t: FzType, lv: string, v: Value, bits?: number): string[] {
  if (t.k === 'rec') {
    const o = v as Record<string, Value>;
    return named(t.rec).flatMap((m) => assign(m.t, `${lv}.${m.name}`, o[m.name], m.bits));
  }
  if (t.k === 'arr') {
    const [, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    return (v as Value[]).flatMap((x, i) => assign(sub, `${lv}[${i}]`, x));
  }
  void bits;
  return [`${lv} = ${lit(t, v)};`];
}

/** Statements printing the lvalue `e` of type `t`. */
function print(t: FzType, e: string): string[] {
  if (t.k === 'rec') return named(t.rec).flatMap((m) => print(m.t, `${e}.${m.name}`));
  if (t.k === 'arr') {
    const [d, ...rest] = t.dims;
    const sub: FzType = rest.length ? { k: 'arr', el: t.el, dims: rest } : t.el;
    return Array.from({ length: d }, (_, i) => print(sub, `${e}[${i}]`)).flat();
  }
  if (t.k === 'bool') return [`fz_u((${e}) ? 1 : 0);`];
  if (t.k === 'float') return [t.c === 'float' ? `fz_f32(${e});` : `fz_f64((double)(${e}));`];
  if (t.size === 16) return [t.signed ? `fz_i128(${e});` : `fz_u128(${e});`];
  if (t.k === 'ptr') return [`fz_u((unsigned long long)(uintptr_t)(${e}));`];
  return [t.signed ? `fz_i((long long)(${e}));` : `fz_u((unsigned long long)(${e}));`];
}

/** Every field path of a record whose offset C can take (no bitfields), all union members included. */
export function offsetPaths(r: Rec): string[] {
  return r.members.flatMap((m) => {
    if ('anon' in m) return offsetPaths(m.anon);
    return m.name !== null && m.bits === undefined ? [m.name] : [];
  });
}

function signature(m: Model['fns'][number]): string {
  const params = m.params.map((p, i) => decl(p.t, `a${i}`));
  if (m.extras) params.push('int n', '...');
  const ret = m.ret ? decl(m.ret.t, '').trimEnd() : 'void';
  return `${ret} ${m.name}(${params.length ? params.join(', ') : 'void'})`;
}

/** The header: every record, every function, `fz_out` and `fz_layout`. */
export function header(m: Model): string {
  return [
    `// Random signatures, seed ${m.seed}.`,
    '#include <stddef.h>',
    '#include <stdint.h>',
    ...m.recs.map(recordDef),
    ...m.fns.map((f) => `${signature(f)};`),
    'const char *fz_out(void);',
    'const char *fz_layout(void);',
    '',
  ].join('\n');
}

const PRELUDE = `#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
static char fz_buf[1 << 20];
static size_t fz_len;
static void fz_reset(void) { fz_len = 0; fz_buf[0] = 0; }
static void fz_put(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fz_len += (size_t)vsnprintf(fz_buf + fz_len, sizeof fz_buf - fz_len, fmt, ap);
  va_end(ap);
}
static void fz_i(long long v) { fz_put("%lld ", v); }
static void fz_u(unsigned long long v) { fz_put("%llu ", v); }
static void fz_f32(float v) { uint32_t b; memcpy(&b, &v, 4); if (isnan(v)) fz_put("nan "); else fz_u(b); }
static void fz_f64(double v) { uint64_t b; memcpy(&b, &v, 8); if (isnan(v)) fz_put("nan "); else fz_u(b); }
static void fz_u128(unsigned __int128 v) {
  char b[48];
  int i = 47;
  b[i] = 0;
  do b[--i] = (char)('0' + (int)(v % 10)); while (v /= 10);
  fz_put("%s ", b + i);
}
static void fz_i128(__int128 v) {
  if (v < 0) fz_put("-");
  fz_u128(v < 0 ? -(unsigned __int128)v : (unsigned __int128)v);
}
const char *fz_out(void) { return fz_buf; }
`;

function fnDef(f: Model['fns'][number]): string {
  const lines = [`${signature(f)} {`, '  fz_reset();'];
  f.params.forEach((p, i) => lines.push(...print(p.t, `a${i}`).map((s) => `  ${s}`)));
  if (f.extras) {
    lines.push('  fz_i(n);', '  va_list ap;', '  va_start(ap, n);');
    for (const x of f.extras) {
      const promoted = x.t.k === 'float' ? 'double' : x.t.c;
      lines.push(`  { ${promoted} x = va_arg(ap, ${promoted}); ${print(x.t, 'x').join(' ')} }`);
    }
    lines.push('  va_end(ap);');
  }
  if (f.ret) {
    lines.push(`  ${decl(f.ret.t, 'r')};`, '  memset(&r, 0, sizeof r);');
    lines.push(...assign(f.ret.t, 'r', f.ret.v).map((s) => `  ${s}`), '  return r;');
  }
  lines.push('}');
  return lines.join('\n');
}

function layoutDef(m: Model): string {
  const lines = ['const char *fz_layout(void) {', '  fz_reset();'];
  for (const r of m.recs) {
    lines.push(`  fz_u(sizeof(${recName(r)}));`, `  fz_u(_Alignof(${recName(r)}));`);
    for (const p of offsetPaths(r)) lines.push(`  fz_u(offsetof(${recName(r)}, ${p}));`);
  }
  lines.push('  return fz_buf;', '}');
  return lines.join('\n');
}

/** The implementation: prints its arguments, returns its literal. */
export function impl(m: Model, headerName: string): string {
  return [`#include "${headerName}"`, PRELUDE, ...m.fns.map(fnDef), layoutDef(m), ''].join('\n');
}
