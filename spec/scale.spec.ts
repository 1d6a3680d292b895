/**
 * Large-module machinery with the real compiler and libclang: a library built into a temporary
 * folder and imported with `-l x -L <folder>` (split into many C parts by a small --chunk-size)
 * loads without LD_LIBRARY_PATH, every part's functions work and share errno; the whole-input
 * cache returns an unchanged run without parsing, reruns when an included header's content
 * changes and not when it is only touched; --version, --report, explain, and the message when
 * --only took the header name. Timings are `npm run scale`'s, never here.
 */
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCases } from './helpers/cases.js';
import { cli, ROOT, run, scratch } from './helpers/run.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

const FUNCTIONS = 12;

/** A header of FUNCTIONS functions `sc_fN(x) = x + N` and `sc_fail(e)` that sets errno, and their library. */
function writeLibrary(dir: string): void {
  const decls = Array.from({ length: FUNCTIONS }, (_, i) => `int sc_f${i}(int x);`);
  fs.writeFileSync(path.join(dir, 'scale.h'), `${decls.join('\n')}\nint sc_fail(int e);\n`);
  const defs = Array.from({ length: FUNCTIONS }, (_, i) => `int sc_f${i}(int x) { return x + ${i}; }`);
  const impl = `#include <errno.h>\n${defs.join('\n')}\nint sc_fail(int e) { errno = e; return -1; }\n`;
  fs.writeFileSync(path.join(dir, 'scale.c'), impl);
}

/** Runs `script` in a child node without LD_LIBRARY_PATH. */
function nodeWithoutLibraryPath(script: string, cwd: string) {
  const env = { ...process.env };
  delete env.LD_LIBRARY_PATH;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('large modules: parts, run path, input cache, reporting', function () {
  this.timeout(300000);
  const dir = scratch('scale');
  const libDir = path.join(dir, 'private-lib');

  before(function () {
    fs.mkdirSync(libDir);
    writeLibrary(dir);
    const cc = run('cc', ['-shared', '-fPIC', '-o', path.join(libDir, 'libscaletest.so'), 'scale.c'], dir);
    expect(cc.status, cc.stderr).to.equal(0);
  });

  it('builds a module in parts that loads from a -L folder without LD_LIBRARY_PATH', function () {
    const r = cli(['./scale.h', '-l', 'scaletest', '-L', libDir, '--chunk-size', '4', '-o', 'mod', '-q'], dir);
    expect(r.status, r.stderr).to.equal(0);
    const parts = fs.readdirSync(path.join(dir, 'mod')).filter((f) => /^scale\.\d+\.c$/.test(f));
    expect(parts.length, 'C parts').to.be.greaterThan(1);
    const gyp = JSON.parse(fs.readFileSync(path.join(dir, 'mod', 'binding.gyp'), 'utf8')) as {
      targets: { sources: string[]; libraries: string[] }[];
    };
    expect(gyp.targets[0]!.sources).to.have.members(['scale.c', ...parts]);
    expect(gyp.targets[0]!.libraries.join(' ')).to.contain(`-rpath -Xlinker ${libDir}`);
    const check = nodeWithoutLibraryPath(
      `import m from './mod/index.js';
       const sums = [];
       for (let i = 0; i < ${FUNCTIONS}; i++) sums.push(m.lib['sc_f' + i](100));
       console.log(sums.join(','));
       console.log(m.lib.sc_fail(34), m.ffi.errno);`,
      dir,
    );
    expect(check.status, check.stderr).to.equal(0);
    const [sums, errno] = check.stdout.trim().split('\n');
    expect(sums).to.equal(Array.from({ length: FUNCTIONS }, (_, i) => 100 + i).join(','));
    expect(errno, 'errno set in one part is read by the runtime in another').to.equal('-1 34');
  });

  it('removes the parts of a larger earlier run, and the module still works in one file', function () {
    const r = cli(['./scale.h', '-l', 'scaletest', '-L', libDir, '--chunk-size', '0', '-o', 'mod', '-q'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(fs.readdirSync(path.join(dir, 'mod')).filter((f) => /^scale\.\d+\.c$/.test(f))).to.deep.equal([]);
    const check = nodeWithoutLibraryPath(`import m from './mod/index.js'; console.log(m.lib.sc_f3(1));`, dir);
    expect(check.stdout.trim(), check.stderr).to.equal('4');
  });

  it('returns an unchanged run without parsing; an included header that changes invalidates it', function () {
    fs.writeFileSync(path.join(dir, 'top.h'), '#include "inner.h"\nstatic inline int top_one(void) { return 1; }\n');
    fs.writeFileSync(path.join(dir, 'inner.h'), 'static inline int inner_two(void) { return 2; }\n');
    const args = ['./top.h', '-o', 'cached'];
    const first = cli(args, dir);
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stderr).to.not.contain('unchanged');
    const second = cli(args, dir);
    expect(second.status, second.stderr).to.equal(0);
    expect(second.stderr).to.contain('unchanged: nothing to do');
    // touched, same content: still unchanged
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'inner.h'), later, later);
    expect(cli(args, dir).stderr).to.contain('unchanged: nothing to do');
    // a new declaration in the included header: generated again, and it is there
    fs.appendFileSync(path.join(dir, 'inner.h'), 'static inline int inner_three(void) { return 3; }\n');
    const third = cli(args, dir);
    expect(third.status, third.stderr).to.equal(0);
    expect(third.stderr).to.not.contain('unchanged');
    const check = nodeWithoutLibraryPath(`import m from './cached/index.js'; console.log(m.lib.inner_three());`, dir);
    expect(check.stdout.trim(), check.stderr).to.equal('3');
    // a changed option is a changed input too
    expect(cli([...args, '--exclude', 'inner_two'], dir).stderr).to.not.contain('unchanged');
  });

  // golden cases built in parts of two trampolines pass their own checks
  const split = ['scalars', 'by-value-records', 'function-pointer-values', 'variadic-functions'];
  for (const name of [...split, 'callbacks', 'async-calls']) {
    it(`golden case ${name} in parts of two passes its check`, function () {
      const c = readCases().find((x) => x.name === name)!;
      const out = path.join(dir, `golden-${name}`);
      fs.mkdirSync(out);
      fs.copyFileSync(path.join(c.dir, 'input.h'), path.join(out, 'input.h'));
      const lib = path.join(out, `lib${c.module}.so`);
      const cc = run(
        'cc',
        ['-shared', '-fPIC', ...c.defines, `-I${c.dir}`, '-o', lib, path.join(c.dir, 'impl.c')],
        out,
      );
      expect(cc.status, cc.stderr).to.equal(0);
      const link = ['-L', out, '-l', c.module, '--chunk-size', '2', '--name', c.module, '-o', 'mod', '-q'];
      const r = cli(['./input.h', ...c.args, ...link], out);
      expect(r.status, r.stderr).to.equal(0);
      expect(fs.readdirSync(path.join(out, 'mod')).filter((f) => /\.\d+\.c$/.test(f)).length).to.be.greaterThan(1);
      const runner = path.join(ROOT, 'dist', 'spec', 'helpers', 'check-runner.js');
      const check = run(
        process.execPath,
        ['--expose-gc', runner, path.join(out, 'mod', 'index.js'), path.join(c.dir, 'check.mjs')],
        out,
      );
      expect(check.status, check.stderr).to.equal(0); // stderr may hold the warnings a check provokes
      expect(check.stdout).to.equal('check passed\n');
    });
  }

  it('--watch generates again when an included header changes', async function () {
    fs.writeFileSync(path.join(dir, 'w-top.h'), '#include "w-inner.h"\n');
    fs.writeFileSync(path.join(dir, 'w-inner.h'), 'static inline int w_one(void) { return 1; }\n');
    const child = spawn(process.execPath, [CLI, './w-top.h', '-o', 'watched', '--watch'], { cwd: dir });
    let stderr = '';
    const wrote = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          // runs that regenerated (a run that found nothing changed says so, and does not count)
          if ((stderr.match(/^wrote \S+$/gm) ?? []).length >= n) resolve();
          else if (child.exitCode !== null) reject(new Error(`--watch exited: ${stderr}`));
          else setTimeout(check, 100);
        };
        check();
      });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      await wrote(1);
      fs.appendFileSync(path.join(dir, 'w-inner.h'), 'static inline int w_two(void) { return 2; }\n');
      await wrote(2);
    } finally {
      child.kill();
    }
    const check = nodeWithoutLibraryPath(`import m from './watched/index.js'; console.log(m.lib.w_two());`, dir);
    expect(check.stdout.trim(), check.stderr).to.equal('2');
  });

  it('--version prints the package version', function () {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const r = cli(['--version'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal(version);
  });

  it('--report writes every skipped declaration with code, location and advice; explain prints them', function () {
    fs.writeFileSync(
      path.join(dir, 'skips.h'),
      '#include <stdarg.h>\nint sk_ok(int);\nint sk_va(const char *f, va_list ap);\n#define SK_TYPE int\n',
    );
    const r = cli(['./skips.h', '--no-build', '-o', 'skips', '--report', 'report.json'], dir);
    expect(r.status, r.stderr).to.equal(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
      skipped: { code: string; location: string; message: string; advice: string }[];
      byCode: Record<string, number>;
    };
    const va = report.skipped.find((s) => s.message.includes("'sk_va'"));
    expect(va?.code).to.equal('CI013');
    expect(va?.location).to.match(/skips\.h:3:\d+$/);
    expect(va?.advice).to.contain('va_list');
    expect(report.byCode.CI013).to.be.at.least(1);
    const explained = cli(['explain', './skips.h'], dir);
    expect(explained.status, explained.stderr).to.equal(0);
    expect(explained.stdout).to.match(/CI013 × \d+: /);
    expect(explained.stdout).to.match(/skips\.h:3:\d+: skip CI013: function 'sk_va'/);
  });

  it('says so when --only took the header name as a pattern', function () {
    const r = cli(['--only', 'deflate*', 'zlib.h'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.contain("--only took 'zlib.h'");
    expect(r.stderr).to.contain('put the headers first');
  });
});
