/**
 * Builds what the benchmarks load, with the system C compiler, into bench/.build/:
 * libbench.so (the C library under test), handwritten.node (the reference addon), glue.node and
 * glue-keys.node (the generated-style candidates). A target is rebuilt only when one of its
 * inputs is newer, so a second `npm run bench` starts at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/ */
export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
/** bench/.build/ */
export const buildDir = join(benchDir, '.build');

/** Where node_api.h lives for the running node. */
function nodeInclude() {
  const candidates = [
    process.env.NODE_API_INCLUDE,
    join(dirname(process.execPath), '..', 'include', 'node'),
    '/usr/include/node',
  ].filter(Boolean);
  const found = candidates.find((d) => existsSync(join(d, 'node_api.h')));
  if (!found) throw new Error(`node_api.h not found in ${candidates.join(', ')}; set NODE_API_INCLUDE`);
  return found;
}

function stale(out, inputs) {
  if (!existsSync(out)) return true;
  const t = statSync(out).mtimeMs;
  return inputs.some((f) => statSync(f).mtimeMs > t);
}

/**
 * Compiles every target that is out of date.
 * @param {(line: string) => void} log
 * @returns paths of the built files
 */
export function build(log = () => {}) {
  mkdirSync(buildDir, { recursive: true });
  const cc = process.env.CC || 'cc';
  const inc = nodeInclude();
  const header = join(benchDir, 'fixtures', 'bench.h');
  const lib = join(buildDir, 'libbench.so');
  const common = ['-O2', '-fPIC', '-shared', '-Wall', '-Wextra', '-Wno-unused-parameter'];
  const addon = (src) => [...common, `-I${inc}`, src, `-L${buildDir}`, '-lbench', '-Wl,-rpath,$ORIGIN'];
  const targets = [
    {
      out: lib,
      inputs: [join(benchDir, 'fixtures', 'bench.c'), header],
      args: [...common, join(benchDir, 'fixtures', 'bench.c'), '-lm'],
    },
    { out: join(buildDir, 'handwritten.node'), src: join(benchDir, 'handwritten', 'addon.c') },
    { out: join(buildDir, 'glue.node'), src: join(benchDir, 'candidates', 'glue.c') },
    { out: join(buildDir, 'glue-keys.node'), src: join(benchDir, 'candidates', 'glue-keys.c') },
  ];
  for (const t of targets) {
    const inputs = t.inputs ?? [t.src, header, lib];
    if (!stale(t.out, inputs)) continue;
    const args = [...(t.args ?? addon(t.src)), '-o', t.out];
    log(`${cc} ${args.join(' ')}`);
    execFileSync(cc, args, { stdio: 'inherit' });
  }
  return Object.fromEntries(targets.map((t) => [t.out.split('/').pop(), t.out]));
}
