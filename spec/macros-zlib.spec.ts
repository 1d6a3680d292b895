/**
 * Function-like macros on the real zlib: `deflateInit(strm, level)` and `inflateInit(strm)` are
 * macros over `deflateInit_`/`inflateInit_`; the compiler types them and `lib` calls them. The client
 * round-trips data through them and is type-checked under tsc --strict against the emitted `.d.ts`.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const CLIENT = fs.readFileSync(path.join(ROOT, 'spec', 'fixtures', 'zlib-macros', 'client.ts'), 'utf8');

describe("zlib.h --only 'deflate*' 'inflate*' 'Z_*' ZLIB_VERSION: the macros deflateInit, inflateInit", function () {
  const dir = scratch('zlib-macros');

  before(function () {
    const args = ['zlib.h', '--only', 'deflate*', 'inflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './z'];
    const r = cli(args, dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('types them as the functions they call, their #define in the JSDoc, no weak symbol of their own', function () {
    const dts = fs.readFileSync(path.join(dir, 'z', 'index.d.ts'), 'utf8');
    expect(dts).to.match(
      /"deflateInit": \{\s+\(strm: \$rt\.Ref<"struct z_stream_s"> \| null, level: number\): number;/,
    );
    expect(dts).to.match(/"inflateInit": \{\s+\(strm: \$rt\.Ref<"struct z_stream_s"> \| null\): number;/);
    expect(dts).to.match(/#\s*define deflateInit\(strm, level\) \\\n.*deflateInit_\(/);
    const c = fs.readFileSync(path.join(dir, 'z', 'zlib.c'), 'utf8');
    expect(c).to.match(/int cffi__r = deflateInit\(/);
    expect(c).to.not.match(/__typeof__\(deflateInit\)/);
  });

  it('round-trips data through lib.deflateInit and lib.inflateInit, typed under tsc --strict', function () {
    fs.writeFileSync(path.join(dir, 'client.mts'), CLIENT);
    const build = tsc([...TSC_STRICT.filter((f) => f !== '--noEmit'), 'client.mts'], dir);
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'client.mjs'), 'utf8'), dir, 'client.mjs');
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({ rc: true, same: true, smaller: true });
  });

  it('checks a macro call like a function call: arity and argument types', function () {
    const r = node(
      `import { ffi, lib } from './z/index.js';
      const out = [];
      for (const f of [() => lib.deflateInit('strm', 1), () => lib.deflateInit(ffi.new('z_stream *'), 2 ** 40),
                       () => lib.inflateInit(ffi.new('z_stream *'), 1)])
        try { f(); out.push('no error'); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
      console.log(JSON.stringify(out));`,
      dir,
      'bad.mjs',
    );
    expect(r.status, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as string[];
    expect(out[0]).to.match(/^TypeError: deflateInit\(\): argument 'strm'/);
    expect(out[1]).to.match(/^RangeError: deflateInit\(\): argument 'level'/);
    expect(out[2]).to.match(/^TypeError: .*inflateInit/);
  });
});
