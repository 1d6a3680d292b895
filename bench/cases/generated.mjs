/**
 * The "generated" column: the module the cffi-import CLI produces from bench/fixtures/bench.h,
 * timed in the same round-robin as everything else, next to the hand-written addon and a raw
 * DataView. `loadGenerated` is the hook the lead wires to the CLI; until then it imports whatever
 * BENCH_GENERATED points at (bench/candidates/prototype.mjs is a stand-in with the same shape).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs the cffi-import CLI on bench/fixtures/bench.h (linking libbench.so, which lib/build.mjs has
 * built) into bench/.build/generated and imports its index.js. BENCH_GENERATED=<index.js> loads
 * another module instead (bench/candidates/prototype.mjs is the stand-in the candidates used).
 * @returns {Promise<{ ffi: any, lib: any, label: string } | undefined>}
 */
export async function loadGenerated() {
  const where = process.env.BENCH_GENERATED ?? generate();
  const mod = await import(pathToFileURL(resolve(where)).href);
  const ffi = mod.ffi ?? mod.default?.ffi;
  const lib = mod.lib ?? mod.default?.lib;
  if (!ffi || !lib) throw new Error(`${where} exports no { ffi, lib }`);
  return { ffi, lib, label: where };
}

function generate() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const build = join(root, 'bench', '.build');
  const out = join(build, 'generated');
  execFileSync(
    process.execPath,
    [
      join(root, 'dist', 'cli', 'main.js'),
      join(root, 'bench', 'fixtures', 'bench.h'),
      '-L',
      build,
      '-l',
      'bench',
      `--clang-arg=-Wl,-rpath,${build}`,
      '-o',
      out,
      '-q',
    ],
    { stdio: 'inherit' },
  );
  return join(out, 'index.js');
}

/**
 * Methods for a loaded module `{ ffi, lib }`: lib.add(i, 2), lib.ptr_id(p), lib.point_x(p) with
 * p = ffi.new('struct point *'), and p.x / p.x = v. The row names match the other sections', so
 * each lands in the same row as its hand-written and raw-DataView counterparts.
 * @param {{ ffi: any, lib: any }} mod
 * @param {ReturnType<import('../lib/env.mjs').makeEnv>} env
 */
export function generatedMethods({ ffi, lib }, { mem }) {
  const p = ffi.new('struct point *');
  const p2 = ffi.new('struct point *');
  p.x = 7; // the value every other struct point starts with, so the row's probes agree
  p2.x = 7;
  const PS = [p, p2];
  const S = new Array(16).fill(null);
  const col = 'generated';
  const out = [
    {
      section: 'calls',
      row: 'add(i, 2)',
      col,
      ctx: { F: lib.add },
      body: 'acc = (acc + F(i & 0xffff, 2)) | 0;',
      target: 1.1,
    },
    {
      section: 'pointers',
      row: 'ptr_id(p) → typed pointer',
      col,
      ctx: { F: lib.ptr_id, P: p, S },
      body: 'S[i & 15] = F(P);',
      probe: false,
      target: 1.1,
    },
    {
      section: 'pointers',
      row: 'point_x(p)',
      col,
      ctx: { F: lib.point_x, P: p },
      body: 'acc = (acc + F(P)) | 0;',
      target: 1.1,
    },
    {
      section: 'pointers',
      row: 'point_x(p), p varies',
      col,
      ctx: { F: lib.point_x, PS },
      body: 'acc = (acc + F(PS[i & 1])) | 0;',
      target: 1.1,
    },
    { section: 'fields', row: 'read int x', col, ctx: { P: p }, body: 'acc = (acc + P.x) | 0;', target: 2 },
    {
      section: 'fields',
      row: 'write int x',
      col,
      ctx: { P: p },
      body: 'P.x = i & 0xffff;',
      verify: () => p.x,
      target: 2,
    },
    {
      section: 'fields',
      row: 'read int x, p varies',
      col,
      ctx: { PS },
      body: 'acc = (acc + PS[i & 1].x) | 0;',
      target: 2,
    },
    {
      section: 'fields',
      row: 'write int x, p varies',
      col,
      ctx: { PS },
      body: 'PS[i & 1].x = i & 0xffff;',
      verify: () => p.x + p2.x,
      target: 2,
    },
    {
      section: 'memory',
      row: "ffi.new('struct point *')",
      col,
      ctx: { ffi, S },
      body: "S[i & 15] = ffi.new('struct point *');",
      probe: false,
    },
  ];
  // Optional extras: only when the module has them.
  if (typeof lib.hyp === 'function')
    out.push({
      section: 'calls',
      row: 'hyp(i, 2.5)',
      col,
      ctx: { F: lib.hyp },
      body: 'acc += F(i & 255, 2.5);',
      target: 1.1,
    });
  if (typeof lib.sum64 === 'function')
    out.push({
      section: 'calls',
      row: 'sum64(u8[64])',
      col,
      ctx: { F: lib.sum64, U8: mem.u8 },
      body: 'acc = (acc + F(U8)) | 0;',
      target: 1.1,
    });
  return out;
}
