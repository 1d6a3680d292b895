/**
 * A stand-in for the generated module, assembled from the candidates this benchmark recommends
 * (see docs/representations.md), with the `{ ffi, lib }` shape of DESIGN.md. It exists to exercise
 * the "generated" hook: `BENCH_GENERATED=bench/candidates/prototype.mjs npm run bench`.
 * Only what the benchmark touches is here.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { buildDir } from '../lib/build.mjs';
import { makeWrappers, setupGlue } from './calls.mjs';
import { makeStructViews } from './struct-view.mjs';

const G = createRequire(import.meta.url)(join(buildDir, 'glue.node'));
setupGlue(G);
const W = makeWrappers(G);
const SV = makeStructViews(G);

export const lib = {
  add: G.add_d,
  hyp: G.hyp,
  sum64: W.sum64_js,
  ptr_id: W.ptr_id_typed,
  point_x: W.point_x_js,
  add64: G.add64_n,
};

export const ffi = {
  NULL: null,
  new(type) {
    if (type === 'struct point *') return SV.news.jsLazy();
    throw new TypeError(`prototype ffi.new() knows only 'struct point *', not '${type}'`);
  },
};
