/**
 * Golden cases: each folder under spec/cases holds `input.h` (options in `// @only:` /
 * `// @exclude:` lines), the expected IR and generated sources, an `impl.c` that defines what the
 * header declares, and `check.mjs`, which calls the built module. `UPDATE_GOLDENS=1 npm test`
 * rewrites the goldens; the diff is the review.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, ROOT, scratch } from './helpers/run.js';

const CASES = path.join(ROOT, 'spec', 'cases');
const update = process.env.UPDATE_GOLDENS === '1';

function options(header: string): string[] {
  const args: string[] = [];
  for (const m of header.matchAll(/^\/\/ @(only|exclude): (.*)$/gm))
    args.push(`--${m[1]}`, ...m[2]!.trim().split(/\s+/));
  return args;
}

/** Paths of this checkout would make goldens differ between clones. */
function portable(text: string, caseDir: string, out: string): string {
  return text.split(caseDir).join('<case>').split(out).join('<out>');
}

for (const name of fs.readdirSync(CASES).sort()) {
  const dir = path.join(CASES, name);
  describe(`golden case ${name}`, function () {
    const out = scratch(`golden-${name}`);
    const mod = path.join(out, 'mod');
    const header = fs.readFileSync(path.join(dir, 'input.h'), 'utf8');
    const args = ['./input.h', ...options(header)];

    before(function () {
      fs.copyFileSync(path.join(dir, 'input.h'), path.join(out, 'input.h'));
      execFileSync('cc', [
        '-shared',
        '-fPIC',
        '-O1',
        '-o',
        path.join(out, `lib${name}.so`),
        path.join(dir, 'impl.c'),
        `-I${dir}`,
      ]);
    });

    it('generates, builds and loads', function () {
      const r = cli([...args, '-L', out, '-l', name, `--clang-arg=-Wl,-rpath,${out}`, '-o', mod, '--name', name], out);
      expect(r.status, r.stderr).to.equal(0);
    });

    for (const [file, produce] of [
      ['ir.json', () => cli(['dump-ir', ...args], out).stdout],
      [`${name}.c`, () => fs.readFileSync(path.join(mod, `${name}.c`), 'utf8')],
      ['index.d.ts', () => fs.readFileSync(path.join(mod, 'index.d.ts'), 'utf8')],
      ['index.js', () => fs.readFileSync(path.join(mod, 'index.js'), 'utf8')],
    ] as const) {
      it(`matches the golden ${file}`, function () {
        const actual = portable(produce(), out, mod);
        const golden = path.join(dir, 'expected', file);
        if (update || !fs.existsSync(golden)) {
          fs.mkdirSync(path.dirname(golden), { recursive: true });
          fs.writeFileSync(golden, actual);
        }
        expect(actual).to.equal(fs.readFileSync(golden, 'utf8'));
      });
    }

    it('runs check.mjs against the built module', async function () {
      const loaded = (await import(pathToFileURL(path.join(mod, 'index.js')).href)) as {
        default: unknown;
        ffi: unknown;
        lib: unknown;
      };
      const check = (await import(pathToFileURL(path.join(dir, 'check.mjs')).href)) as {
        default: (m: unknown) => void;
      };
      check.default({ ffi: loaded.ffi, lib: loaded.lib });
    });
  });
}
