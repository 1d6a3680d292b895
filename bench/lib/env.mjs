/**
 * Loads every contender once and prepares the memory the cases share: a `struct point` in a JS
 * ArrayBuffer and one in C malloc'd memory, each with the views and handles every method needs.
 * All of it stays reachable from the returned object for the whole run.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { makeWrappers, setupGlue } from '../candidates/calls.mjs';
import { loadKoffi } from '../candidates/koffi.mjs';
import { Ptr, SymPtr, T_point, T_void } from '../candidates/pointer.mjs';
import { makeStructViews } from '../candidates/struct-view.mjs';
import { buildDir } from './build.mjs';

const require = createRequire(import.meta.url);

/** Writes the same initial values into a struct point. */
function initPoint(dv, dataAddr) {
  dv.setInt32(0, 7, true);
  dv.setInt32(4, 8, true);
  dv.setFloat64(8, 1.5, true);
  dv.setBigUint64(16, dataAddr, true);
}

export function makeEnv() {
  const H = require(join(buildDir, 'handwritten.node'));
  const G = require(join(buildDir, 'glue.node'));
  const GK = require(join(buildDir, 'glue-keys.node'));
  setupGlue(G);
  GK.setup(T_point);
  const K = loadKoffi(join(buildDir, 'libbench.so'));
  const W = makeWrappers(G);
  const SV = makeStructViews(G);

  // A struct point in a JS ArrayBuffer (address from C once) and one in C malloc'd memory.
  const abJ = new ArrayBuffer(24);
  const aJ = G.address(abJ);
  const abX = G.malloc_ab(24);
  const aX = G.address(abX);
  const dvJ = new DataView(abJ);
  const dvX = new DataView(abX);
  initPoint(dvJ, aX);
  initPoint(dvX, aJ);

  const mem = /** @type {Record<string, any>} */ ({
    abJ,
    aJ,
    nJ: Number(aJ),
    dvJ,
    abX,
    aX,
    dvX,
    /** koffi.view over the JS-owned struct */
    dvK: new DataView(K.koffi.view(aJ, 24)),
    /** napi_external of the same address (hand-written External variant) */
    extJ: H.external(aJ),
    /** struct views over the JS ArrayBuffer, eager and lazy */
    pE: new SV.PointEager(aJ, T_point, abJ, abJ),
    pL: new SV.PointLazy(aJ, T_point, abJ, abJ),
    /** struct views over the C memory (external ArrayBuffer), eager and lazy */
    pEX: new SV.PointEager(aX, T_point, abX, abX),
    pLX: new SV.PointLazy(aX, T_point, abX, abX),
    /** two structs from the slab candidate */
    pSa: SV.news.slab(),
    pSb: SV.news.slab(),
    /** Symbol-keyed and napi_wrap'ed pointer objects for the C-reads-the-object candidates */
    pS: new SymPtr(aJ, T_point, abJ),
    pW: G.wrap(aJ, 2),
    /** a void * pointer object, for storing into point.data */
    q: new Ptr(aX, T_void, undefined),
    /** 64 bytes for sum64 (1..64, so the sum is 2080) */
    u8: Uint8Array.from({ length: 64 }, (_, i) => i + 1),
  });
  mem.pSa.x = 7;
  mem.pSb.x = 7;

  // Second copies, for the "p varies" rows: indexing a pair with i & 1 keeps V8 from treating the
  // object as a compile-time constant (which folds its field loads away), while every site stays
  // monomorphic, as for a real `p` held in a variable.
  const abJ2 = new ArrayBuffer(24);
  const abX2 = G.malloc_ab(24);
  const dvJ2 = new DataView(abJ2);
  const dvX2 = new DataView(abX2);
  initPoint(dvJ2, aX);
  initPoint(dvX2, aJ);
  const aJ2 = G.address(abJ2);
  const aX2 = G.address(abX2);
  mem.pairs = {
    dvJ: [dvJ, dvJ2],
    dvX: [dvX, dvX2],
    aJ: [aJ, aJ2],
    nJ: [Number(aJ), Number(aJ2)],
    pE: [mem.pE, new SV.PointEager(aJ2, T_point, abJ2, abJ2)],
    pL: [mem.pL, new SV.PointLazy(aJ2, T_point, abJ2, abJ2)],
    pEX: [mem.pEX, new SV.PointEager(aX2, T_point, abX2, abX2)],
    pLX: [mem.pLX, new SV.PointLazy(aX2, T_point, abX2, abX2)],
    pW: [mem.pW, G.wrap(aJ2, 2)],
    pSl: [mem.pSa, mem.pSb],
  };
  return { H, G, GK, K, W, SV, mem, initPoint };
}
