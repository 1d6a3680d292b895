/** The CLI on bad input: each mistake gets a clear message and a non-zero exit, never a crash. */
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT, scratch } from './helpers/run.js';

describe('cffi-import on bad input', function () {
  const dir = scratch('cli');

  it('runs as `npx cffi-import` from the repository root', function () {
    const r = spawnSync('npx', ['--no-install', 'cffi-import', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('--only');
  });

  it('--help lists the options from the one table', function () {
    const r = cli(['--help'], dir);
    expect(r.status).to.equal(0);
    for (const o of ['--only', '--exclude', '--clang-arg', '--pkg', '--out', '--no-build', '--config'])
      expect(r.stdout).to.contain(o);
  });

  it('a missing header', function () {
    const r = cli(['no_such_header_xyz.h'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/CI001: header 'no_such_header_xyz.h' not found/);
  });

  it('a header with a syntax error, shown as file:line:col', function () {
    fs.writeFileSync(path.join(dir, 'broken.h'), 'int ok(void);\nint broken(int x;\n');
    const r = cli(['./broken.h', '--no-build'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/broken\.h:2:\d+: error CI002/);
  });

  it('an --only pattern that matches nothing', function () {
    const r = cli(['zlib.h', '--only', 'deflate*', 'nothing_like_this*', '--no-build'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/CI003: pattern 'nothing_like_this\*' given to --only matches no declaration/);
  });

  it('a missing library: the unresolved symbol is named', function () {
    const r = cli(['sqlite3.h', '--only', 'sqlite3_libversion*', '-o', 'nolib'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(
      /CI004: symbol 'sqlite3_libversion\w*.*' is not defined by any linked library; add .* -l/,
    );
  });

  it('a missing library whose symbols the node binary also exports (zlib)', function () {
    const r = cli(['zlib.h', '--only', 'deflate', '-o', 'nolibz'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/CI004: symbol 'deflate'/);
  });

  it('functions a header declares but the library leaves out: a warning, and an Error when called', function () {
    const r = cli(['sqlite3.h', '-l', 'sqlite3', '-o', 'sqlite'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).to.match(/warning CI021: .*sqlite3_snapshot_get/);
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        "const { lib } = require('./sqlite/index.js'); console.log(lib.sqlite3_libversion()); " +
          'try { lib.sqlite3_snapshot_free(null); } catch (e) { console.log(e.code, e.message); }',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.stdout, run.stderr).to.match(
      /^3\.\d+\.\d+\nCFFI_MISSING_SYMBOL sqlite3_snapshot_free\(\) is declared in the headers but not defined/,
    );
  });

  it('a library the linker cannot find', function () {
    const r = cli(['zlib.h', '--only', 'deflate', '-l', 'no_such_lib_xyz', '-o', 'badlib'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/library 'no_such_lib_xyz' not found/);
  });

  it('an unknown option', function () {
    const r = cli(['zlib.h', '--frobnicate'], dir);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/Unknown argument/i);
  });

  it('a bad regular expression', function () {
    const r = cli(['zlib.h', '--only', '/(/', '--no-build'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/not a valid regular expression/);
  });

  it('takes -I, -D, -l and -L attached, as C compilers do', function () {
    fs.mkdirSync(path.join(dir, 'inc', 'sub'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'inc', 'sub', 'need.h'),
      '#ifndef NEED\n#error define NEED\n#endif\n' +
        'unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);\n',
    );
    const r = cli(['sub/need.h', '-Iinc', '-DNEED=1', '-lz', '-o', 'attached'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(fs.readFileSync(path.join(dir, 'attached', 'need.c'), 'utf8')).to.contain('#include <sub/need.h>');
  });

  it('takes the headers from --config alone, and checks value types there', function () {
    fs.writeFileSync(
      path.join(dir, 'only-cfg.json'),
      JSON.stringify({ headers: ['zlib.h'], only: 'crc32', l: ['z'], out: 'onlycfg' }),
    );
    expect(cli(['--config', 'only-cfg.json'], dir).status).to.equal(0);
    fs.writeFileSync(path.join(dir, 'bad-cfg.json'), JSON.stringify({ headers: ['zlib.h'], build: 'yes' }));
    const r = cli(['--config', 'bad-cfg.json'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/'build' must be a boolean/);
  });

  it('refuses a --name that is not a C identifier', function () {
    const r = cli(['zlib.h', '--name', 'bad name/..', '--no-build'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/not a C identifier/);
  });

  it('reads the same options from --config', function () {
    fs.writeFileSync(
      path.join(dir, 'cfg.json'),
      JSON.stringify({ headers: ['zlib.h'], only: ['crc32'], l: ['z'], out: 'fromcfg' }),
    );
    const r = cli(['zlib.h', '--config', 'cfg.json'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(fs.existsSync(path.join(dir, 'fromcfg', 'zlib.node'))).to.equal(true);
  });

  it('names that are reserved words or __proto__ are safe in the output', function () {
    fs.writeFileSync(
      path.join(dir, 'evil.h'),
      'struct constructor { int __proto__; int delete; int constructor; };\n' +
        'int delete(struct constructor *default_);\n#define toString 5\n#define hasOwnProperty 6\n',
    );
    fs.writeFileSync(
      path.join(dir, 'evil.c'),
      '#include "evil.h"\nint delete(struct constructor *d) { return d->__proto__ + d->delete + d->constructor; }\n',
    );
    const lib = path.join(dir, 'libevil.so');
    execFileSync('cc', ['-shared', '-fPIC', '-o', lib, path.join(dir, 'evil.c')]);
    const r = cli(['./evil.h', '-L', dir, '-l', 'evil', `--clang-arg=-Wl,-rpath,${dir}`, '-o', 'evil'], dir);
    expect(r.status, r.stderr).to.equal(0);
    const run = spawnSync(
      process.execPath,
      [
        '-e',
        "const {ffi, lib} = require('./evil/index.js'); const s = ffi.new('struct constructor *'); " +
          's.__proto__ = 1; s.delete = 2; s.constructor = 3; ' +
          'console.log(lib.delete(s), lib.toString, lib.hasOwnProperty, Object.getPrototypeOf(s) !== null)',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.stdout.trim(), run.stderr).to.equal('6 5 6 true');
  });
});
