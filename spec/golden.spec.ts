/**
 * Golden cases: each folder under spec/cases is one feature. `input.h` (options in its first lines:
 * `// @only:`, `// @exclude:`, `// @define:`), the expected IR and generated sources under
 * `expected/`, an `impl.c` that defines what the header declares, and `check.mjs`, which calls the
 * built module in a child `node --expose-gc` (spec/helpers/check-runner.ts). Each case is generated
 * and compiled once, the next cases while this one is checked. `UPDATE_GOLDENS=1 npm test` rewrites
 * the goldens; the diff is the review. A missing golden fails.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { caseOptions, readCases, type Case } from './helpers/cases.js';
import { expectGolden, UPDATE_GOLDENS } from './helpers/golden.js';
import { cliAsync, OUT, ROOT, run, runAsync, scratch, tsc, TSC_STRICT, type Run } from './helpers/run.js';

const RUNNER = path.join(ROOT, 'dist', 'spec', 'helpers', 'check-runner.js');
/** Cases whose index.d.ts does not type-check yet, each with the bug that keeps it out. */
const TYPES_KNOWN_BROKEN: Record<string, string> = {};

/** What preparing a case gave: the generation's and dump-ir's runs. */
interface Prepared {
  generate: Run;
  dumpIr: Run;
}

/** Paths of this checkout would make goldens differ between clones. */
function portable(text: string, caseDir: string, out: string): string {
  return text.split(caseDir).join('<case>').split(out).join('<out>');
}

function outDir(c: Case): string {
  return path.join(OUT, `golden-${c.name}`);
}

/**
 * Compiles the case's library, then generates and builds its module while dump-ir prints its IR.
 * Never throws: a failure is reported by the case's own 'generates' test, not by every case.
 */
async function prepare(c: Case): Promise<Prepared> {
  const out = scratch(`golden-${c.name}`);
  fs.copyFileSync(path.join(c.dir, 'input.h'), path.join(out, 'input.h'));
  const lib = path.join(out, `lib${c.module}.so`);
  const flags = ['-shared', '-fPIC', '-O1', ...c.defines, `-I${c.dir}`];
  const cc = await runAsync('cc', [...flags, '-o', lib, path.join(c.dir, 'impl.c')], out);
  if (cc.status !== 0) {
    const failed = { ...cc, stderr: `impl.c does not compile:\n${cc.stderr}` };
    return { generate: failed, dumpIr: failed };
  }
  const args = ['./input.h', ...c.args];
  const link = ['-L', out, '-l', c.module, `--clang-arg=-Wl,-rpath,${out}`];
  const [generate, dumpIr] = await Promise.all([
    cliAsync([...args, ...link, '-o', path.join(out, 'mod'), '--name', c.module], out),
    cliAsync(['dump-ir', ...args], out),
  ]);
  return { generate, dumpIr };
}

describe('golden cases', function () {
  const cases = readCases();
  const started = new Map<string, Promise<Prepared>>();
  const prepared = new Map<string, Prepared>();
  // a case's hook starts it and the next ones, so the next compile overlaps this case's checks;
  // mocha runs no hook of a suite that -g filtered out, so a single case prepares little more
  const ahead = Math.max(2, os.availableParallelism());
  const start = (c: Case | undefined): void => {
    if (c !== undefined && !started.has(c.name)) started.set(c.name, prepare(c));
  };

  cases.forEach((c, i) => {
    describe(c.name, function () {
      before(async function () {
        for (let k = 0; k < ahead; k++) start(cases[i + k]);
        prepared.set(c.name, await started.get(c.name)!);
      });

      const out = outDir(c);
      const mod = path.join(out, 'mod');
      const goldens = [
        ['ir.json', () => prepared.get(c.name)!.dumpIr.stdout],
        [`${c.module}.c`, () => fs.readFileSync(path.join(mod, `${c.module}.c`), 'utf8')],
        ['index.d.ts', () => fs.readFileSync(path.join(mod, 'index.d.ts'), 'utf8')],
        ['index.js', () => fs.readFileSync(path.join(mod, 'index.js'), 'utf8')],
      ] as const;

      it('generates, builds and loads', function () {
        const { generate, dumpIr } = prepared.get(c.name)!;
        expect(generate.status, generate.stderr).to.equal(0);
        expect(dumpIr.status, dumpIr.stderr).to.equal(0);
      });

      for (const [file, produce] of goldens) {
        it(`matches the golden ${file}`, function () {
          expectGolden(path.join(c.dir, 'expected', file), portable(produce(), out, mod));
        });
      }

      it('holds no stale golden', function () {
        const known = new Set<string>(goldens.map(([file]) => file));
        const stale = fs.readdirSync(path.join(c.dir, 'expected')).filter((f) => !known.has(f));
        if (UPDATE_GOLDENS) for (const f of stale) fs.rmSync(path.join(c.dir, 'expected', f));
        else expect(stale, `files under ${c.name}/expected that no step produces`).to.deep.equal([]);
      });

      it('runs check.mjs against the built module (node --expose-gc)', function () {
        const r = run(process.execPath, ['--expose-gc', RUNNER, `${mod}/index.js`, `${c.dir}/check.mjs`], out);
        // expect.fail, not a diff of exit codes: mocha would cut the child's message at 'X: expected'
        if (r.status !== 0 || r.stdout !== 'check passed\n')
          expect.fail(`check.mjs failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
      });
    });
  });

  // a suite of its own, so that it runs after the cases (a suite runs its own tests before its children)
  describe('all cases', function () {
    it('every generated index.d.ts type-checks with tsc --strict (no name or comment breaks it)', function () {
      const typings = cases.filter((c) => !(c.name in TYPES_KNOWN_BROKEN));
      const files = typings.map((c) => path.join(outDir(c), 'mod', 'index.d.ts'));
      const r = tsc([...TSC_STRICT, ...files], OUT);
      expect(r.status, r.stdout).to.equal(0);
    });
  });
});

describe('golden case options', function () {
  it('reads the option lines at the top of input.h, and only those', function () {
    const header = '// @only: a_* /^A_/\n// @exclude: a_x\n// @define: L=3 F\n// text\n// @only: late\n';
    expect(caseOptions(header)).to.deep.equal({
      args: ['--only', 'a_*', '/^A_/', '--exclude', 'a_x', '-DL=3', '-DF'],
      defines: ['-DL=3', '-DF'],
    });
  });
  it('refuses an unknown option, so that a typo cannot drop a filter', function () {
    expect(() => caseOptions('// @onyl: a_*\n')).to.throw(/unknown case option '@onyl'/);
  });
});
