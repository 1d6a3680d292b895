/**
 * Pointer arguments and results: how a typed pointer object crosses into C. Ratios are against
 * the hand-written addon taking and returning a bare BigInt address.
 */

export const section = {
  id: 'pointers',
  title: 'Pointer calls (ns/call; ratio vs the hand-written addon with a BigInt address)',
  refCol: 'hand',
  columns: [
    ['floor', 'C→C through the PLT'],
    ['hand', 'hand-written, bare BigInt address (napi_get_value_bigint_uint64 / napi_create_bigint_uint64)'],
    ['hand²', 'the same hand-written function in a second loop: an A/A control, its ratio is the noise'],
    ['hand#', 'hand-written, bare Number address (napi_get_value_int64 / napi_create_int64)'],
    ['hand-ext', 'hand-written, napi_external in (napi_get_value_external) and, for ptr_id, a new external out'],
    [
      'js-wrap',
      'typed pointer object {_a: BigInt, _t: type, _o: owner}; JS wrapper checks _t (void *: instanceof) and passes _a',
    ],
    ['c-prop', 'the object itself crosses; C reads _t and _a with napi_get_named_property, compares _t via napi_ref'],
    ['c-key', 'as c-prop with the keys cached (node_api_create_property_key_utf8 + napi_ref; needs NAPI_EXPERIMENTAL)'],
    ['c-sym', 'as c-prop with Symbol keys held in napi_refs (stable Node-API)'],
    ['unwrap', 'object made with napi_wrap around {addr, type}; C does one napi_unwrap (result: a new wrapped object)'],
    ['c-new', 'BigInt in; C builds the result as an instance of the JS pointer class (napi_new_instance)'],
    ['koffi', 'koffi 3.3.4, pointers are BigInt'],
    ['generated', 'the module cffi-import generates (ptr_id returns its typed pointer)'],
  ],
};

const TARGET = 1.1;

/** @param {ReturnType<import('../lib/env.mjs').makeEnv>} env */
export function methods({ H, G, GK, K, W, mem }) {
  const out = [];
  const add = (row, col, ctx, body, extra = {}) => out.push({ section: 'pointers', row, col, ctx, body, ...extra });
  const S = new Array(16).fill(null);

  const PASS = 'ptr_id(p), raw result';
  const passBody = 'if (F(P) !== null) acc++;';
  out.push({
    section: 'pointers',
    row: PASS,
    col: 'floor',
    ctx: { G, BUF: mem.abJ },
    loop: 'G.floor(2, n, BUF); return 0;',
    probe: false,
  });
  add(PASS, 'hand', { F: H.ptr_id, P: mem.aJ }, passBody);
  add(PASS, 'hand#', { F: H.ptr_id_num, P: mem.nJ }, passBody);
  add(PASS, 'hand-ext', { F: H.ptr_id_ext, P: mem.extJ }, passBody);
  add(PASS, 'js-wrap', { F: W.ptr_id_raw, P: mem.pE }, passBody, { target: TARGET });
  add(PASS, 'c-prop', { F: G.ptr_id_prop, P: mem.pE }, passBody, { target: TARGET });
  add(PASS, 'c-key', { F: GK.ptr_id_key, P: mem.pE }, passBody, { target: TARGET });
  add(PASS, 'c-sym', { F: G.ptr_id_sym, P: mem.pS }, passBody, { target: TARGET });
  add(PASS, 'unwrap', { F: G.ptr_id_unwrap, P: mem.pW }, passBody, { target: TARGET });
  add(PASS, 'koffi', { F: K.ptr_id, P: mem.aJ }, passBody);

  // The result escapes into S so that V8 cannot drop the allocation of a wrapper object.
  const RET = 'ptr_id(p) → typed pointer';
  const retBody = 'S[i & 15] = F(P);';
  add(RET, 'hand', { F: H.ptr_id, P: mem.aJ, S }, retBody, { probe: false });
  add(RET, 'hand-ext', { F: H.ptr_id_ext, P: mem.extJ, S }, retBody, { probe: false });
  add(RET, 'js-wrap', { F: W.ptr_id_typed, P: mem.pE, S }, retBody, { probe: false, target: TARGET });
  add(RET, 'c-new', { F: G.ptr_id_new, P: mem.aJ, S }, retBody, { probe: false, target: TARGET });
  add(RET, 'unwrap', { F: G.ptr_id_unwrap_new, P: mem.pW, S }, retBody, { probe: false, target: TARGET });
  add(RET, 'koffi', { F: K.ptr_id, P: mem.aJ, S }, retBody, { probe: false });

  const PX = 'point_x(p)';
  const pxBody = 'acc = (acc + F(P)) | 0;';
  out.push({
    section: 'pointers',
    row: PX,
    col: 'floor',
    ctx: { G, BUF: mem.abJ },
    loop: 'G.floor(4, n, BUF); return 0;',
    probe: false,
  });
  add(PX, 'hand', { F: H.point_x, P: mem.aJ }, pxBody);
  add(PX, 'hand²', { F: H.point_x, P: mem.aJ }, pxBody);
  add(PX, 'hand#', { F: H.point_x_num, P: mem.nJ }, pxBody);
  add(PX, 'hand-ext', { F: H.point_x_ext, P: mem.extJ }, pxBody);
  add(PX, 'js-wrap', { F: W.point_x_js, P: mem.pE }, pxBody, { target: TARGET });
  add(PX, 'c-prop', { F: G.point_x_prop, P: mem.pE }, pxBody, { target: TARGET });
  add(PX, 'c-key', { F: GK.point_x_key, P: mem.pE }, pxBody, { target: TARGET });
  add(PX, 'c-sym', { F: G.point_x_sym, P: mem.pS }, pxBody, { target: TARGET });
  add(PX, 'unwrap', { F: G.point_x_unwrap, P: mem.pW }, pxBody, { target: TARGET });
  add(PX, 'koffi', { F: K.point_x, P: mem.aJ }, pxBody);

  // p drawn from two objects, so the wrapper's field loads cannot be folded into constants.
  const PXV = 'point_x(p), p varies';
  const pxvBody = 'acc = (acc + F(PS[i & 1])) | 0;';
  const { pairs } = mem;
  add(PXV, 'hand', { F: H.point_x, PS: pairs.aJ }, pxvBody);
  add(PXV, 'hand#', { F: H.point_x_num, PS: pairs.nJ }, pxvBody);
  add(PXV, 'js-wrap', { F: W.point_x_js, PS: pairs.pE }, pxvBody, { target: TARGET });
  add(PXV, 'unwrap', { F: G.point_x_unwrap, PS: pairs.pW }, pxvBody, { target: TARGET });
  add(PXV, 'koffi', { F: K.point_x, PS: pairs.aJ }, pxvBody);
  return out;
}
