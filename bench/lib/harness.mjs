/**
 * The timing method of BASELINES.md: every method gets its own loop function (compiled with
 * `new Function`, so each call site has its own feedback and stays monomorphic), all methods are
 * warmed up and calibrated first, then timed round-robin over several rounds with the starting
 * method rotated each round, `gc()` before each timed loop and a turn of the event loop before
 * that (so finalizers that Node defers to setImmediate run outside the timed loops).
 *
 * A method is `{ section, row, col, ctx, body }` (body: statements run per iteration, with `i`
 * the index and `acc` a number the loop returns) or `{ …, loop }` (loop: a whole function body
 * using `n`, for C-side loops). Names in ctx become constants of the loop's closure.
 */

/**
 * @typedef {object} Method
 * @property {string} section
 * @property {string} row
 * @property {string} col
 * @property {Record<string, unknown>} ctx
 * @property {string} [body]
 * @property {string} [loop]
 * @property {() => unknown} [verify] called after a probe run; equal across a row
 * @property {boolean} [probe] false: do not compare the probe result with the row
 * @property {number} [target] maximum ratio to the row's reference
 */

let nextId = 0;

/** @param {Method} m */
export function compile(m) {
  const names = Object.keys(m.ctx);
  for (const name of names) if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`bad ctx name ${name}`);
  const inner = m.loop ?? `let acc = 0;\n  for (let i = 0; i < n; i++) {\n    ${m.body}\n  }\n  return acc;`;
  const src =
    `"use strict";\nconst { ${names.join(', ')} } = ctx;\n` + `return function loop_${nextId++}(n) {\n  ${inner}\n};`;
  return new Function('ctx', src)(m.ctx);
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

function timeNs(fn, n) {
  const t0 = process.hrtime.bigint();
  fn(n);
  return Number(process.hrtime.bigint() - t0);
}

/** Median of a numeric array (NaN when empty). */
export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

/**
 * Probes each method once (n = 64) and checks that the methods of a row agree, so a benchmark
 * never times a method that computes something else.
 * @param {Method[]} methods
 */
export function probe(methods) {
  const byRow = new Map();
  for (const m of methods) {
    m.fn ??= compile(m);
    const got = m.fn(64);
    if (m.probe === false) continue;
    const value = m.verify ? m.verify() : got;
    const key = `${m.section}\u0000${m.row}`;
    if (!byRow.has(key)) byRow.set(key, { col: m.col, value });
    const first = byRow.get(key);
    if (!Object.is(first.value, value))
      throw new Error(
        `${m.section} / ${m.row}: ${m.col} gives ${String(value)}, ${first.col} gave ${String(first.value)}`,
      );
  }
}

/**
 * Runs the whole round-robin and stores `m.samples` (ns/op per round) on each method.
 * @param {Method[]} methods
 * @param {{ rounds: number, targetMs: number, log: (s: string) => void }} opts
 */
export async function runRoundRobin(methods, { rounds, targetMs, log }) {
  if (typeof globalThis.gc !== 'function') throw new Error('run node with --expose-gc');
  probe(methods);
  // Warm-up: enough short runs for TurboFan to optimise each loop (and OSR into it).
  for (let k = 0; k < 4; k++) for (const m of methods) m.fn(m.loop ? 1000 : 20000);
  // Calibrate: grow n until one loop takes a fifth of the target, then scale to the target.
  const target = targetMs * 1e6;
  for (const m of methods) {
    let n = 1000;
    let t = timeNs(m.fn, n);
    while (t < target / 5 && n < 1e9) {
      n *= 4;
      t = timeNs(m.fn, n);
    }
    m.n = Math.max(100, Math.round((n * target) / Math.max(t, 1)));
    m.samples = [];
  }
  for (const m of methods) m.fn(m.n); // last warm-up at full size
  for (let r = 0; r < rounds; r++) {
    const t0 = Date.now();
    for (let k = 0; k < methods.length; k++) {
      const m = methods[(k + r) % methods.length];
      await tick();
      globalThis.gc();
      m.samples.push(timeNs(m.fn, m.n) / m.n);
    }
    log(`round ${r + 1}/${rounds} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
