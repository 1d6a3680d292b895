/**
 * One batch of the runtime fuzzer, run in its own process by fuzz.mjs so that a crash loses one batch and
 * names its seed: `node batch.mjs <module dir> <seed> <calls>`. Calls random echo functions of the
 * generated module with random values and holds each outcome to the oracle of values.mjs. Prints one
 * JSON line: `{ calls, echoed, rejected, either, known, findings, more }` (`known`: calls skipped because
 * they would hit one of values.mjs's KNOWN_HOLES); exits 1 on any finding.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { knownHole, random, randomValue, SAME_ADDRESS, SIGNATURES } from './values.mjs';

const [dir, seedText, callsText] = process.argv.slice(2);
const { ffi, lib } = await import(pathToFileURL(path.join(dir, 'index.js')).href);
const rnd = random(Number(seedText));
const counts = { calls: 0, echoed: 0, rejected: 0, either: 0, known: 0 };
const findings = [];
let more = 0; // findings beyond the first 50, counted only

function show(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v);
  if (v && typeof v === 'object') return `${v.constructor?.name ?? 'Object'}${'address' in v ? ` ${address(v)}` : ''}`;
  return Object.is(v, -0) ? '-0' : String(v);
}

/** A pointer's address, or why there is none (a released one throws). */
function address(p) {
  try {
    return p.address;
  } catch (e) {
    return `(${e.message})`;
  }
}

function sameEcho(result, echo, value) {
  if (echo === SAME_ADDRESS) return !!result && result.address === value.address;
  if (echo === null) return result === null;
  if (typeof echo === 'object') return !!result && result.a === echo.a && result.b === echo.b;
  return Object.is(result, echo);
}

/**
 * A user error must be ours: a TypeError/RangeError naming the function, the argument and a C type (the
 * parameter's, or the cdata's that was passed: "cdata 'int *' was released"). A call without its argument
 * names the function and the count.
 */
function goodError(e, { fn, types }, missing) {
  const msg = String(e?.message);
  if (!(e instanceof TypeError || e instanceof RangeError) || !msg.includes(`${fn}(`)) return false;
  if (missing) return /takes 1 argument|'v'/.test(msg);
  return msg.includes("'v'") && (types.some((t) => msg.includes(`'${t}'`)) || /cdata '[^']+'/.test(msg));
}

for (let i = 0; i < Number(callsText); i++) {
  const sig = SIGNATURES[Math.floor(rnd() * SIGNATURES.length)];
  const missing = rnd() < 0.02;
  const v = missing ? { kind: 'undefined', value: undefined } : randomValue(rnd, ffi);
  if (knownHole(sig.fn, v.kind)) {
    counts.known++;
    continue;
  }
  const rule = sig.rule(v);
  let result,
    error,
    threw = false;
  try {
    result = missing ? lib[sig.fn]() : lib[sig.fn](v.value);
  } catch (e) {
    [error, threw] = [e, true];
  }
  counts.calls++;
  const where = `${sig.fn}(${v.kind} ${show(v.value)})`;
  let problem;
  if (threw) {
    if (typeof rule === 'object') problem = `refused a valid value: ${error?.message}`;
    else if (!goodError(error, sig, missing))
      problem = `error that does not name function, argument and C type: ${error}`;
    else counts[rule === 'either' ? 'either' : 'rejected']++;
  } else if (rule === 'reject') problem = `accepted, returned ${show(result)}`;
  else if (rule === 'either') counts.either++;
  else if (!sameEcho(result, rule.echo, v.value)) problem = `returned ${show(result)}, expected ${show(rule.echo)}`;
  else counts.echoed++;
  if (problem && findings.length < 50) findings.push(`${where}: ${problem}`);
  else if (problem) more++;
}
console.log(JSON.stringify({ ...counts, findings, more }));
process.exit(findings.length || more ? 1 : 0);
