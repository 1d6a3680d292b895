/**
 * --variadic: fixed instantiations of the variadic-functions case's functions, compiled as direct
 * calls (no libffi in the module), given as flags and in --config; and the errors that name the
 * option when a declaration is wrong.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, run, scratch } from './helpers/run.js';

const CASE = path.join(ROOT, 'spec', 'cases', 'variadic-functions');

describe('--variadic instantiations', function () {
  const dir = scratch('variadic-instance');
  const link = ['-L', dir, '-l', 'va', `--clang-arg=-Wl,-rpath,${dir}`];

  before(function () {
    fs.copyFileSync(path.join(CASE, 'input.h'), path.join(dir, 'input.h'));
    const cc = run('cc', ['-shared', '-fPIC', '-o', path.join(dir, 'libva.so'), path.join(CASE, 'impl.c')], dir);
    expect(cc.status, cc.stderr).to.equal(0);
    // in the --config file (flags would replace its list, as for every option)
    const variadic = [
      'long va_sum_ints(int, int, char, short)',
      'double va_sum_doubles(int, float, double)',
      'echo_ids=int va_echo(char *, size_t, const char *, int, double, const char *)',
    ];
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ variadic }));
    // --only names no function: the module holds the instantiations alone
    const args = ['./input.h', '--only', 'VARIADIC_FUNCTIONS_H', '--config', 'config.json', ...link, '-o', './inst'];
    const r = cli(args, dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('calls each with plain JS values, the extras promoted by the compiler', function () {
    const r = node(
      `import { ffi, lib } from './inst/index.js';
const b = Buffer.alloc(64);
console.log(lib.va_sum_ints(3, 40, 2, -1), lib.va_sum_doubles(2, 0.5, 2.25));
console.log(lib.echo_ids(b, 64, 'ids', 7, 1.5, 'str'), ffi.string(ffi.fromBuffer(b)).trimEnd());
for (const bad of [() => lib.va_sum_ints(3, 1, 2), () => lib.va_sum_ints(3, 1, 300, 0)])
  try { bad(); } catch (e) { console.log(e.constructor.name, e.message); }
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const lines = r.stdout.trim().split('\n');
    // char and short arrive as int, float as double: C reads them with va_arg(ap, int) and (ap, double)
    expect(lines[0]).to.equal('41n 2.75');
    expect(lines[1]).to.equal('3 i:7 d:1.5 s:str');
    expect(lines[2]).to.equal('TypeError va_sum_ints() takes 4 arguments, got 3');
    expect(lines[3]).to.match(/^RangeError va_sum_ints\(\): argument 'arg2' .*char/);
  });

  it('compiles them as direct calls: the module neither includes libffi nor links it', function () {
    const c = fs.readFileSync(path.join(dir, 'inst', 'input.c'), 'utf8');
    expect(c).to.not.include('CFFI_LIBFFI');
    expect(c).to.match(/va_sum_ints\(\(int\)cffi__p0, \(int\)cffi__p1, \(char\)cffi__p2, \(short\)cffi__p3\)/);
    expect(fs.readFileSync(path.join(dir, 'inst', 'binding.gyp'), 'utf8')).to.not.include('-lffi');
    const dts = fs.readFileSync(path.join(dir, 'inst', 'index.d.ts'), 'utf8');
    expect(dts).to.include('"va_sum_ints": {\n    (count: number, arg1: number, arg2: number, arg3: number): bigint;');
  });

  for (const [option, message] of [
    ['long va_sum_ints(int, inx)', /type specifier missing/],
    ['long va_sum_ints(double, int)', /parameter 1 must be the fixed parameter 'count' of va_sum_ints/],
    ['long nope(int, int)', /'nope' is not a function the headers declare/],
    ['long va_sum_ints(int, ...)', /remove the '\.\.\.'/],
    ['int x', /expected a function declaration/],
    ['9x=long va_sum_ints(int)', /'9x' before '=' is not a C identifier/],
  ] as const) {
    it(`rejects --variadic '${option}' (CI006, naming the option)`, function () {
      const r = cli(['./input.h', '--no-build', '-o', './bad', '--variadic', option], dir);
      expect(r.status).to.not.equal(0);
      expect(r.stderr).to.include(`error CI006: --variadic '${option}'`);
      expect(r.stderr).to.match(message);
    });
  }
});
