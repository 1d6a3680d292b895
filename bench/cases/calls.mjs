/**
 * Scalar and buffer calls: the hand-written addon against the generated-style trampolines that
 * range-check every integer, and koffi. Ratios are against the hand-written addon.
 */

/** Columns of the section, in print order, with their legend. */
export const section = {
  id: 'calls',
  title: 'Calls (ns/call; ratio vs the hand-written addon)',
  refCol: 'hand',
  columns: [
    ['floor', 'C→C: the same C function called from C through the PLT'],
    ['hand', 'hand-written N-API addon (napi_get_value_int32: truncates 1.5, wraps 2**32)'],
    ['hand²', 'the same hand-written function in a second loop: an A/A control, its ratio is the noise'],
    ['gen-C', 'generated-style, all checks in C: one napi_get_value_double per integer + range/integral test'],
    ['ty+i32', 'napi_typeof + napi_get_value_int32 (type check only: cannot see 1.5 or 2**32)'],
    ['i32+dbl', 'napi_get_value_int32 + napi_get_value_double to prove exactness (full check, 2 calls)'],
    ['gen-JS', 'JS wrapper checks ((v|0)===v), C does napi_get_value_int32 only'],
    ['gen-C/big', 'as gen-C, int64 result always a BigInt (gen-C: Number while exact, else BigInt)'],
    ['koffi', 'koffi 3.3.4, lib.func() on the same libbench.so'],
    ['generated', 'the module cffi-import generates from bench/fixtures/bench.h'],
  ],
};

const TARGET = 1.1;

/** @param {ReturnType<import('../lib/env.mjs').makeEnv>} env */
export function methods({ H, G, K, W, mem }) {
  const out = [];
  const add = (row, col, ctx, body, extra = {}) => out.push({ section: 'calls', row, col, ctx, body, ...extra });
  const floor = (row, kind, buf) =>
    out.push({
      section: 'calls',
      row,
      col: 'floor',
      ctx: { G, KIND: kind, BUF: buf },
      loop: 'G.floor(KIND, n, BUF); return 0;',
      probe: false,
    });

  const ADD = 'add(i, 2)';
  const addBody = 'acc = (acc + F(i & 0xffff, 2)) | 0;';
  floor(ADD, 0, mem.abJ);
  add(ADD, 'hand', { F: H.add }, addBody);
  add(ADD, 'hand²', { F: H.add }, addBody);
  add(ADD, 'gen-C', { F: G.add_d }, addBody, { target: TARGET });
  add(ADD, 'ty+i32', { F: G.add_ti }, addBody);
  add(ADD, 'i32+dbl', { F: G.add_id }, addBody);
  add(ADD, 'gen-JS', { F: W.add_js }, addBody, { target: TARGET });
  add(ADD, 'koffi', { F: K.add }, addBody);

  const HYP = 'hyp(i, 2.5)';
  const hypBody = 'acc += F(i & 255, 2.5);';
  floor(HYP, 1, mem.abJ);
  add(HYP, 'hand', { F: H.hyp }, hypBody);
  add(HYP, 'gen-C', { F: G.hyp }, hypBody, { target: TARGET });
  add(HYP, 'koffi', { F: K.hyp }, hypBody);

  const SUM = 'sum64(u8[64])';
  const sumBody = 'acc = (acc + F(U8)) | 0;';
  floor(SUM, 3, mem.u8.buffer);
  add(SUM, 'hand', { F: H.sum64, U8: mem.u8 }, sumBody);
  add(SUM, 'gen-C', { F: G.sum64, U8: mem.u8 }, sumBody, { target: TARGET });
  add(SUM, 'gen-JS', { F: W.sum64_js, U8: mem.u8 }, sumBody, { target: TARGET });
  add(SUM, 'koffi', { F: K.sum64, U8: mem.u8 }, sumBody);

  // int64: results are compared with === to the value each method is expected to return.
  const i64Body = 'if (F(A, B) === R) acc++;';
  const N64 = 'add64(Number, Number)';
  floor(N64, 5, mem.abJ);
  add(N64, 'hand', { F: H.add64, A: 1234567, B: 2, R: 1234569 }, i64Body);
  add(N64, 'gen-C', { F: G.add64_n, A: 1234567, B: 2, R: 1234569 }, i64Body, { target: TARGET });
  add(N64, 'gen-C/big', { F: G.add64_b, A: 1234567, B: 2, R: 1234569n }, i64Body);
  add(N64, 'koffi', { F: K.add64, A: 1234567, B: 2, R: 1234569 }, i64Body);
  const B64 = 'add64(BigInt, BigInt)';
  add(B64, 'hand', { F: H.add64_big, A: 1234567n, B: 2n, R: 1234569n }, i64Body);
  add(B64, 'gen-C', { F: G.add64_n, A: 1234567n, B: 2n, R: 1234569 }, i64Body, { target: TARGET });
  add(B64, 'gen-C/big', { F: G.add64_b, A: 1234567n, B: 2n, R: 1234569n }, i64Body);
  add(B64, 'koffi', { F: K.add64, A: 1234567n, B: 2n, R: 1234569 }, i64Body);
  return out;
}
