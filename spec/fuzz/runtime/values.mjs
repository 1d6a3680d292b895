/**
 * The runtime fuzzer's two halves: random JS values (edge numbers, out-of-range BigInts, strings, Buffers,
 * detached buffers, plain and pointer-shaped objects, cdata, functions, symbols, null/undefined) and the
 * oracle that says, for each C type of spec/fuzz/runtime/echo.h, what a call must do with a value:
 * `echo` (return it exactly), `reject` (throw a TypeError or RangeError naming the function, the argument
 * and the C type) or `either` (both are right: C leaves the choice, or the value is lossy by nature).
 */

/** A small fast PRNG (mulberry32): the same seed gives the same values on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGE_NUMBERS = [0, -0, 1, -1, 0.5, -1.5, NaN, Infinity, -Infinity, 1e308, 5e-324, 3.4028235e38, 3.5e38];
const POWERS = [7, 8, 15, 16, 31, 32, 53, 63, 64];

/** Integers around every width's limits: 2^k - 1, 2^k, 2^k + 1 and their negatives. */
function edgeInteger(rnd, big) {
  const k = BigInt(POWERS[Math.floor(rnd() * POWERS.length)]);
  const v = (1n << k) + BigInt(Math.floor(rnd() * 3) - 1);
  const signed = rnd() < 0.5 ? -v : v;
  return big ? signed : Number(signed);
}

/** Bytes that always end in a NUL, so that reading them as a C string stays inside them. */
function bytes(rnd) {
  const n = Math.floor(rnd() * 12);
  const b = Buffer.alloc(n + 1);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
  return b;
}

/** An ArrayBuffer, or a view made before its buffer was transferred away (both are detached). */
function detached(view) {
  const ab = new ArrayBuffer(8);
  const value = view ? new Uint8Array(ab) : ab;
  structuredClone(ab, { transfer: [ab] });
  return value;
}

const STRINGS = ['', 'abc', '7', '-1', '0x10', 'héllo ✓', 'a\0b', 'x'.repeat(300), '\ud800'];

/**
 * Value makers by kind, each `(rnd, ffi) => { kind, value }`. The kind names what the oracle decides on.
 */
const MAKERS = [
  (rnd) => ({ kind: 'number', value: EDGE_NUMBERS[Math.floor(rnd() * EDGE_NUMBERS.length)] }),
  (rnd) => ({ kind: 'number', value: edgeInteger(rnd, false) }),
  (rnd) => ({ kind: 'number', value: Math.floor((rnd() - 0.5) * 2 ** (rnd() * 70)) }),
  (rnd) => ({ kind: 'number', value: (rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 10) }),
  (rnd) => ({ kind: 'number', value: Math.floor(rnd() * 256) - 128 }),
  (rnd) => ({ kind: 'bigint', value: edgeInteger(rnd, true) }),
  (rnd) => ({ kind: 'bigint', value: BigInt(Math.floor((rnd() - 0.5) * 1000)) }),
  (rnd) => ({ kind: 'string', value: STRINGS[Math.floor(rnd() * STRINGS.length)] }),
  (rnd) => ({ kind: 'bytes', value: bytes(rnd) }),
  (rnd) => ({ kind: 'bytes', value: new Uint8Array(bytes(rnd)) }),
  (rnd) => ({ kind: 'bytes', value: new Float64Array(1 + Math.floor(rnd() * 3)) }),
  (rnd) => ({ kind: 'bytes', value: new Int32Array(1 + Math.floor(rnd() * 3)) }),
  (rnd) => ({ kind: 'bytes', value: bytes(rnd).buffer.slice(0) }),
  () => ({ kind: 'detached', value: detached() }),
  () => ({ kind: 'detached', value: detached(true) }),
  (rnd) => ({ kind: 'boolean', value: rnd() < 0.5 }),
  () => ({ kind: 'null', value: null }),
  () => ({ kind: 'undefined', value: undefined }),
  (rnd) => ({
    kind: 'object',
    value: [{}, [], [1, 2], Object.create(null), new Date(0), { a: 1, b: 2.5 }][Math.floor(rnd() * 6)],
  }),
  (rnd) => ({ kind: 'forged', value: { $t: 'int *', $a: BigInt(Math.floor(rnd() * 2 ** 40)), address: 4096n } }),
  () => ({ kind: 'function', value: () => 1 }),
  () => ({ kind: 'symbol', value: Symbol('fuzz') }),
  (rnd, ffi) => ({ kind: 'cdata-null', value: ffi.NULL }),
  (rnd, ffi) => ({ kind: 'cdata:int', value: ffi.new('int32_t *', Math.floor(rnd() * 100)) }),
  (rnd, ffi) => ({ kind: 'cdata:pair', value: ffi.new('echo_pair *', { a: 7, b: 2.5 }) }),
  (rnd, ffi) => ({ kind: 'cdata:char', value: ffi.new('char[]', 'fuzz') }),
  (rnd, ffi) => ({ kind: 'cdata:void', value: ffi.cast('void *', ffi.new('int32_t *')) }),
  (rnd, ffi) => {
    const p = ffi.new('int32_t *');
    ffi.release(p);
    return { kind: 'released', value: p };
  },
];

/** One random value: `{ kind, value }`. */
export function randomValue(rnd, ffi) {
  return MAKERS[Math.floor(rnd() * MAKERS.length)](rnd, ffi);
}

/** The integer C types of echo.h: [function, bits, signed, returns BigInt, spellings of the type]. */
const INTEGERS = [
  ['echo_i8', 8, true, false, ['int8_t', 'signed char']],
  ['echo_u8', 8, false, false, ['uint8_t', 'unsigned char']],
  ['echo_i16', 16, true, false, ['int16_t', 'short']],
  ['echo_u16', 16, false, false, ['uint16_t', 'unsigned short']],
  ['echo_i32', 32, true, false, ['int32_t', 'int']],
  ['echo_u32', 32, false, false, ['uint32_t', 'unsigned int']],
  ['echo_i64', 64, true, true, ['int64_t', 'long']],
  ['echo_u64', 64, false, true, ['uint64_t', 'unsigned long']],
  ['echo_char', 8, true, false, ['char']],
  ['echo_long', 64, true, true, ['long']],
  ['echo_size', 64, false, true, ['size_t', 'unsigned long']],
  ['echo_enum', 32, true, false, ['echo_color', 'enum echo_color']],
];

/** What an integer parameter must do with a value. */
function integerRule(bits, signed, returnsBig) {
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const max = (1n << BigInt(signed ? bits - 1 : bits)) - 1n;
  const out = (big) => (returnsBig ? big : Number(big));
  return ({ kind, value }) => {
    if (kind === 'bigint') return value >= min && value <= max ? { echo: out(value) } : 'reject';
    if (kind !== 'number') return 'reject';
    if (!Number.isInteger(value)) return 'reject';
    const big = BigInt(value);
    if (big < min || big > max) return 'reject';
    // beyond 2^53 a number may already be rounded: 64-bit types may refuse it (exactness beats convenience)
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return 'either';
    return { echo: out(big) };
  };
}

const isPointer = (kind) => kind.startsWith('cdata:');

/**
 * Every function of echo.h with the rule of its parameter and the spellings of its C type that an
 * error message may use. A rule returns 'reject', 'either' or `{ echo }` (the value the call returns;
 * `{ echo: SAME_ADDRESS }` for a pointer that must come back with the address it went in with).
 */
export const SAME_ADDRESS = Symbol('same address');
export const SIGNATURES = [
  ...INTEGERS.map(([fn, bits, signed, big, types]) => ({ fn, types, rule: integerRule(bits, signed, big) })),
  {
    fn: 'echo_float',
    types: ['float'],
    rule: ({ kind, value }) => (kind === 'number' ? { echo: Math.fround(value) } : 'reject'),
  },
  { fn: 'echo_double', types: ['double'], rule: ({ kind, value }) => (kind === 'number' ? { echo: value } : 'reject') },
  {
    fn: 'echo_bool',
    types: ['_Bool', 'bool'],
    rule: ({ kind, value }) =>
      kind === 'boolean'
        ? { echo: value }
        : (kind === 'number' || kind === 'bigint') && (value == 0 || value == 1)
          ? { echo: value == 1 }
          : 'reject',
  },
  {
    fn: 'echo_ptr',
    types: ['void *'],
    rule: ({ kind }) =>
      kind === 'null' || kind === 'cdata-null'
        ? { echo: null }
        : isPointer(kind)
          ? { echo: SAME_ADDRESS }
          : kind === 'bytes' || kind === 'string'
            ? 'either'
            : 'reject',
  },
  { fn: 'echo_i32p', types: ['int32_t *', 'int *'], rule: pointerRule('cdata:int') },
  { fn: 'echo_pairp', types: ['echo_pair *', 'struct echo_pair *'], rule: pointerRule('cdata:pair') },
  {
    fn: 'echo_str',
    types: ['const char *', 'char *'],
    rule: ({ kind, value }) =>
      kind === 'null' || kind === 'cdata-null'
        ? { echo: null }
        : kind === 'string' && !value.includes('\0') && !/[\ud800-\udfff]/.test(value)
          ? { echo: value }
          : ['string', 'bytes', 'cdata:char', 'cdata:void'].includes(kind)
            ? 'either'
            : 'reject',
  },
  {
    fn: 'echo_pair_value',
    types: ['echo_pair', 'struct echo_pair', 'struct echo_pair *'],
    // the `void *` of the makers points at 4 bytes: copying a 24-byte record out of it must be refused
    rule: ({ kind }) => (kind === 'cdata:pair' ? { echo: { a: 7, b: 2.5 } } : kind === 'object' ? 'either' : 'reject'),
  },
];

/** A typed pointer parameter: its own type echoes, `void *` may convert, NULL is null, the rest is refused. */
function pointerRule(own) {
  return ({ kind }) =>
    kind === 'null' || kind === 'cdata-null'
      ? { echo: null }
      : kind === own
        ? { echo: SAME_ADDRESS }
        : kind === 'cdata:void' || kind === 'bytes'
          ? 'either'
          : 'reject';
}

/**
 * Holes the fuzzer found in the runtime as it is, each a category of issue 9 that the runtime's own fixes
 * (src/runtime/) close. Their calls are not made (one of them corrupts memory, which would end every
 * batch under ASan) but counted apart as `known`. Delete a line when its fix lands: from then on those
 * calls are made and the fixed-seed run in `npm test` holds the fix.
 */
export const KNOWN_HOLES = []; // each fixed by the runtime's bounds model and brand (docs/runtime-safety.md)

/** The known hole a call would hit, if any. */
export const knownHole = (fn, kind) => KNOWN_HOLES.find((h) => h.fn.test(fn) && h.kind === kind);
