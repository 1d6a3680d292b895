/**
 * Not timings but facts the memory recommendation rests on, checked on the running Node: who
 * accounts the bytes, when the memory is really freed, what napi_detach_arraybuffer does, for a
 * JS ArrayBuffer and for C malloc memory behind an external ArrayBuffer; and whether detaching
 * one ArrayBuffer slows every DataView down afterwards (V8's detaching protector), measured in
 * two fresh child processes.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const MB = 1e6;

/** Waits without turning the event loop, so only V8's own threads can make progress. */
function spin(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

/** gc() and let V8's concurrent array-buffer sweeper and Node's deferred finalizers finish. */
async function settle() {
  globalThis.gc();
  for (let k = 0; k < 3; k++) {
    await sleep(20);
    await tick();
  }
}

/** @param {any} G glue.node exports @returns {Promise<string[]>} lines to print */
export async function memoryFacts(G) {
  const lines = [];
  const ext = () => process.memoryUsage().external;
  const say = (s) => lines.push(`  ${s}`);

  // Churn first, on a settled heap: a synchronous loop of ffi.new over C memory.
  await settle();
  const N = 200000;
  const h0 = G.freed_count();
  for (let i = 0; i < N; i++) G.malloc_ab_counted(24);
  globalThis.gc();
  say(`${N} external ArrayBuffer(24) dropped in one synchronous loop, then gc(): ${G.freed_count() - h0} freed`);
  await settle();
  say(`  … once the event loop has turned: ${G.freed_count() - h0} freed`);

  // Accounting of 64 MB from each source.
  await settle();
  let e0 = ext();
  let a = new ArrayBuffer(64 * MB);
  say(`JS ArrayBuffer(64 MB): memoryUsage().external +${((ext() - e0) / MB).toFixed(0)} MB`);
  e0 = ext();
  a = null;
  globalThis.gc();
  const justAfter = (e0 - ext()) / MB;
  spin(100);
  const spun = (e0 - ext()) / MB;
  await settle();
  say(
    `  … dropped: −${justAfter.toFixed(0)} MB right after gc(), ` +
      `−${spun.toFixed(0)} MB after 100 ms without an event-loop turn (V8's sweeper), ` +
      `−${((e0 - ext()) / MB).toFixed(0)} MB once settled`,
  );
  e0 = ext();
  let b = G.malloc_ab(64 * MB);
  say(
    `calloc + external ArrayBuffer(64 MB): external +${((ext() - e0) / MB).toFixed(0)} MB ` +
      `(reported by Node itself, no napi_adjust_external_memory)`,
  );
  b = null;
  await settle();

  // When finalizers of external ArrayBuffers run.
  const f0 = G.freed_count();
  let xs = [];
  for (let i = 0; i < 1000; i++) xs.push(G.malloc_ab_counted(24));
  xs = null;
  globalThis.gc();
  spin(100);
  const f1 = G.freed_count() - f0;
  await settle();
  say(
    `1000 dropped external ArrayBuffers: ${f1} of 1000 freed after gc() + 100 ms without an event-loop turn, ` +
      `${G.freed_count() - f0} once it turned`,
  );

  // Detach.
  let big = new ArrayBuffer(64 * MB);
  new Uint8Array(big).fill(1);
  const dvBig = new DataView(big);
  e0 = ext();
  G.detach(big);
  let threw = false;
  try {
    dvBig.getInt32(0, true);
  } catch {
    threw = true;
  }
  say(
    `napi_detach_arraybuffer(JS ArrayBuffer 64 MB): external −${((e0 - ext()) / MB).toFixed(0)} MB synchronously; ` +
      `an old DataView throws: ${threw}`,
  );
  big = null;
  const d = G.malloc_ab_counted(24);
  const dv = new DataView(d);
  const g0 = G.freed_count();
  G.detach(d);
  const g1 = G.freed_count() - g0;
  threw = false;
  try {
    dv.getInt32(0, true);
  } catch {
    threw = true;
  }
  await settle();
  say(
    `napi_detach_arraybuffer(external): finalizer ran synchronously: ${g1 > 0}, ` +
      `later: ${G.freed_count() - g0 > 0}; an old DataView throws: ${threw}`,
  );

  // Does one detach make DataView access slower afterwards? Fresh processes, same loop.
  const probe = fileURLToPath(new URL('./detach-probe.mjs', import.meta.url));
  const run = (arg) => JSON.parse(spawnSync(process.execPath, [probe, arg], { encoding: 'utf8' }).stdout);
  const runs = { intact: [], detach: [] };
  for (let k = 0; k < 2; k++) for (const arg of ['intact', 'detach']) runs[arg].push(run(arg));
  const fmt = (rs) =>
    Object.keys(rs[0])
      .map((key) => `${key} ${rs.map((r) => r[key].toFixed(2)).join('/')}`)
      .join(', ');
  say(`ns/access, two fresh processes each: no detach [${fmt(runs.intact)}]; after one detach [${fmt(runs.detach)}]`);
  return lines;
}
