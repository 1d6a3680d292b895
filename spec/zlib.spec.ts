/**
 * The main job on the real zlib: the acceptance client, compiled with tsc --strict and run; the
 * misuses it must reject at type-check time; the whole header; determinism; a copied folder.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const CLIENT = fs.readFileSync(path.join(ROOT, 'spec', 'fixtures', 'zlib', 'client.ts'), 'utf8');
describe('zlib.h --only deflate* Z_* ZLIB_VERSION -l z', function () {
  const dir = scratch('zlib');

  before(function () {
    const r = cli(['zlib.h', '--only', 'deflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './z'], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).to.match(/generated: .*functions/);
  });

  it('runs the acceptance client (compressed by C, inflated by node:zlib)', function () {
    fs.writeFileSync(path.join(dir, 'client.mts'), CLIENT);
    const build = tsc(
      [
        '--module',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--types',
        'node',
        '--typeRoots',
        path.join(ROOT, 'node_modules', '@types'),
        'client.mts',
      ],
      dir,
    );
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'client.mjs'), 'utf8'), dir, 'client.mjs');
    expect(r.stderr).to.equal('');
    expect(r.stdout.trim()).to.equal('true');
  });

  it('type-checks the client with tsc --strict', function () {
    fs.writeFileSync(path.join(dir, 'strict.mts'), CLIENT);
    const r = tsc([...TSC_STRICT, 'strict.mts'], dir);
    expect(r.status, r.stdout).to.equal(0);
  });

  for (const [what, line, error] of [
    [
      'a string where a z_stream * is expected',
      "lib.deflate('strm', lib.Z_FINISH);",
      /not assignable to parameter of type 'Ref<"struct z_stream_s">'/,
    ],
    [
      'an int * where a z_stream * is expected',
      "lib.deflate(ffi.new('int *'), lib.Z_FINISH);",
      /'"int"' is not assignable to type '"struct z_stream_s"'/,
    ],
    ['a missing argument', "lib.deflate(ffi.new('z_stream *'));", /Expected 2 arguments, but got 1/],
    ['an unknown function', 'lib.deflateNoSuch(1);', /Property 'deflateNoSuch' does not exist/],
    [
      'a string assigned to avail_in',
      "ffi.new('z_stream *').avail_in = 'many';",
      /Type 'string' is not assignable to type 'number'/,
    ],
  ] as const) {
    it(`rejects ${what} at type-check time`, function () {
      fs.writeFileSync(path.join(dir, 'misuse.mts'), `import { ffi, lib } from './z/index.js';\n${line}\n`);
      const r = tsc([...TSC_STRICT, 'misuse.mts'], dir);
      expect(r.status).to.not.equal(0);
      expect(r.stdout).to.match(error);
    });
  }

  it('rejects wrong JS types and out-of-range integers at run time, without crashing', function () {
    const r = node(
      `import { ffi, lib } from './z/index.js';
      const out = [];
      const t = (f) => {
        try { f(); out.push('no error'); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
      };
      const strm = ffi.new('z_stream *');
      t(() => lib.deflate('strm', 0));
      t(() => lib.deflate(strm, 2 ** 40));
      t(() => lib.deflate(strm, 'x'));
      t(() => { strm.avail_in = -1; });
      t(() => lib.deflateBound(strm, -5));
      console.log(JSON.stringify(out));`,
      dir,
      'bad.mjs',
    );
    expect(r.status, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as string[];
    expect(out[0]).to.match(/^TypeError: deflate\(\): argument 'strm'/);
    expect(out[1]).to.match(/^RangeError: deflate\(\): argument 'flush'/);
    expect(out[2]).to.match(/^TypeError: deflate\(\): argument 'flush'/);
    expect(out[3]).to.match(/^RangeError: .*avail_in/);
    expect(out[4]).to.match(/^RangeError: deflateBound\(\): argument 'sourceLen'/);
  });

  it('reads function-pointer fields and exact 64-bit fields', function () {
    const r = node(
      `import { ffi, lib } from './z/index.js';
      const strm = ffi.new('z_stream *');
      lib.deflateInit_(strm, 6, lib.ZLIB_VERSION, ffi.sizeof('z_stream'));
      console.log(JSON.stringify({
        zalloc: strm.zalloc !== null, type: ffi.typeof(strm.zalloc), total: typeof strm.total_out,
        version: lib.ZLIB_VERSION, minus: lib.Z_DEFAULT_COMPRESSION,
      }));
      lib.deflateEnd(strm);`,
      dir,
      'fields.mjs',
    );
    expect(r.status, r.stderr).to.equal(0);
    const got = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(got).to.deep.include({ zalloc: true, total: 'bigint', minus: -1 });
    expect(got.type).to.match(/\(\*\)|\*$/);
    expect(got.version).to.match(/^1\.\d+/);
  });

  it('loads through require() too', function () {
    const r = node(
      `const { ffi, lib } = require('./z/index.js'); console.log(typeof lib.deflate, ffi.sizeof('z_stream'));`,
      dir,
      'req.cjs',
    );
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal('function 112');
  });

  it('runs from a copy of the folder elsewhere, without cffi-import', function () {
    const elsewhere = scratch('zlib-copy');
    fs.cpSync(path.join(dir, 'z'), path.join(elsewhere, 'z'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'client.mjs'), path.join(elsewhere, 'client.mjs'));
    const r = node(fs.readFileSync(path.join(elsewhere, 'client.mjs'), 'utf8'), elsewhere, 'client.mjs');
    expect(r.stdout.trim(), r.stderr).to.equal('true');
    const sources = fs.readdirSync(path.join(elsewhere, 'z'), { recursive: true }).map(String);
    expect(sources.join(' ')).to.not.match(/node_modules/);
  });
});

describe('zlib.h without --only', function () {
  it('imports all of zlib.h, builds and loads it through import and require', function () {
    const dir = scratch('zlib-all');
    const r = cli(['zlib.h', '-l', 'z', '-o', './all'], dir);
    expect(r.status, r.stderr).to.equal(0);
    const esm = node(
      `import { lib } from './all/index.js'; console.log(typeof lib.inflate, typeof lib.gzopen, lib.Z_OK);`,
      dir,
      'a.mjs',
    );
    expect(esm.stdout.trim(), esm.stderr).to.equal('function function 0');
    const cjs = node(`const { lib } = require('./all/index.js'); console.log(typeof lib.crc32);`, dir, 'a.cjs');
    expect(cjs.stdout.trim(), cjs.stderr).to.equal('function');
  });
});

describe('determinism', function () {
  it('dump-ir prints the same bytes twice', function () {
    const dir = scratch('det-ir');
    const a = cli(['dump-ir', 'zlib.h'], dir);
    const b = cli(['dump-ir', 'zlib.h'], dir);
    expect(a.status, a.stderr).to.equal(0);
    expect(a.stdout.length).to.be.greaterThan(1000);
    expect(a.stdout).to.equal(b.stdout);
  });

  it('two generations into two folders give byte-identical sources', function () {
    const dir = scratch('det-gen');
    for (const out of ['one', 'two'])
      expect(cli(['zlib.h', '-l', 'z', '--no-build', '-o', out], dir).status).to.equal(0);
    const files = (d: string) =>
      fs
        .readdirSync(path.join(dir, d), { recursive: true })
        .map(String)
        .filter((f) => !fs.statSync(path.join(dir, d, f)).isDirectory())
        .sort();
    expect(files('one')).to.deep.equal(files('two'));
    expect(files('one')).to.include.members(['zlib.c', 'index.js', 'index.d.ts', 'binding.gyp', 'cffi.h']);
    for (const f of files('one'))
      expect(fs.readFileSync(path.join(dir, 'two', f)).equals(fs.readFileSync(path.join(dir, 'one', f))), f).to.equal(
        true,
      );
  });
});
