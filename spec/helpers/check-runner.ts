/**
 * Runs one golden case's check against its built module, in a child process started with
 * `node --expose-gc` (spec/golden.spec.ts): `check-runner.js <module>/index.js <case>/check.mjs`.
 * The check's default export receives `{ ffi, lib, collect }` and may be async.
 */
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

/** What a case's `check.mjs` receives. */
export interface CheckContext {
  ffi: unknown;
  lib: unknown;
  collect: typeof collect;
}

const ROUNDS = 20;

/** Ends the current job: WeakRef targets are kept until it ends, and finalization callbacks run after it. */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Drops an object behind a WeakRef and a FinalizationRegistry, in its own frame so no local holds it. */
function probe(): { ref: WeakRef<object>; registry: FinalizationRegistry<number>; finalized: () => boolean } {
  let finalized = false;
  const registry = new FinalizationRegistry<number>(() => {
    finalized = true;
  });
  const target = {};
  registry.register(target, 0);
  // the registry is returned with the probe: a collected registry would never call back
  return { ref: new WeakRef(target), registry, finalized: () => finalized };
}

/**
 * Forces full collections until a dropped probe object is proven gone (its WeakRef is empty and its
 * FinalizationRegistry callback ran) and `until()` holds; throws if that never happens, so a check
 * that relies on a collection cannot pass without one.
 */
export async function collect(until: () => boolean = () => true): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('collect() needs node --expose-gc');
  const p = probe();
  // a WeakRef target stays alive until the current job ends, so every round awaits a tick first
  for (let round = 0; round < ROUNDS; round++) {
    await tick();
    gc();
    await tick();
    if (p.ref.deref() === undefined && p.finalized() && until()) return;
  }
  throw new Error(
    p.ref.deref() === undefined
      ? `collect(): the condition did not hold after ${ROUNDS} full collections`
      : `collect(): no garbage collection happened in ${ROUNDS} rounds`,
  );
}

/** A failure as the spec shows it: chai's message with its actual and expected values, then where. */
function describeFailure(e: unknown): string {
  if (!(e instanceof Error)) return inspect(e);
  const x = e as Error & { actual?: unknown; expected?: unknown };
  const values = 'actual' in x ? `\n  actual:   ${inspect(x.actual)}\n  expected: ${inspect(x.expected)}` : '';
  return `${x.name}: ${x.message}${values}\n${(x.stack ?? '').split('\n').slice(1).join('\n')}`;
}

async function main(moduleFile: string, checkFile: string): Promise<void> {
  const mod = (await import(pathToFileURL(moduleFile).href)) as { ffi: unknown; lib: unknown };
  const check = (await import(pathToFileURL(checkFile).href)) as { default: (c: CheckContext) => unknown };
  if (typeof check.default !== 'function') throw new Error(`${checkFile} has no default export function`);
  await check.default({ ffi: mod.ffi, lib: mod.lib, collect });
  process.stdout.write('check passed\n');
}

const [moduleFile, checkFile] = process.argv.slice(2);
if (moduleFile !== undefined && checkFile !== undefined) {
  main(moduleFile, checkFile).catch((e: unknown) => {
    process.stderr.write(`${describeFailure(e)}\n`);
    process.exitCode = 1;
  });
}
