/**
 * Function pointers as values on a real library: after deflateInit_, zlib's `strm.zalloc` and
 * `strm.zfree` hold its own allocator (zcalloc/zcfree); JS calls them through the pointers, typed under
 * tsc --strict, and a wrong argument is a type error at compile time and a TypeError at run time.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const CLIENT = `import { ffi, lib } from './z/index.js';
const strm = ffi.new('z_stream *');
if (lib.deflateInit_(strm, 6, lib.ZLIB_VERSION, ffi.sizeof('z_stream')) !== lib.Z_OK) throw new Error('init');
const zalloc = strm.zalloc;
const zfree = strm.zfree;
if (zalloc === null || zfree === null) throw new Error('no allocator');
const mem = zalloc(strm.opaque, 4, 16);
if (mem === null) throw new Error('zalloc gave NULL');
const bytes = ffi.cast('unsigned char *', mem)!;
for (let i = 0; i < 64; i++) bytes[i] = i;
let sum = 0;
for (let i = 0; i < 64; i++) sum += bytes[i] as number;
zfree(strm.opaque, mem);
const errors: string[] = [];
for (const bad of [() => zalloc(strm.opaque, -1 as number, 1), () => zfree(strm.opaque, 5 as never)]) {
  try {
    bad();
  } catch (e) {
    errors.push(String(e));
  }
}
// the pointer passes back into C: a stream whose allocator JS set from another one's
const other = ffi.new('z_stream *');
other.zalloc = zalloc;
other.zfree = zfree;
const ok = lib.deflateInit_(other, 1, lib.ZLIB_VERSION, ffi.sizeof('z_stream')) === lib.Z_OK;
lib.deflateEnd(other);
lib.deflateEnd(strm);
console.log(JSON.stringify({ sum, type: ffi.typeof(zalloc), errors, ok, same: other.zalloc!.equals(zalloc) }));
`;

describe('function pointers as values on zlib (strm.zalloc, strm.zfree)', function () {
  const dir = scratch('fn-pointer-zlib');

  before(function () {
    const r = cli(['zlib.h', '--only', 'deflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './z'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('calls zlib allocator through strm.zalloc and frees it through strm.zfree, typed under tsc --strict', function () {
    fs.writeFileSync(path.join(dir, 'alloc.mts'), CLIENT);
    const build = tsc([...TSC_STRICT.filter((f) => f !== '--noEmit'), '--skipLibCheck', 'alloc.mts'], dir);
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'alloc.mjs'), 'utf8'), dir, 'alloc.mjs');
    expect(r.status, r.stderr).to.equal(0);
    const got = JSON.parse(r.stdout) as { sum: number; type: string; errors: string[]; ok: boolean; same: boolean };
    expect(got.sum).to.equal((63 * 64) / 2);
    expect(got.type).to.equal('void * (*)(void *, unsigned int, unsigned int)');
    expect(got.errors[0]).to.match(/^RangeError: .*argument '2' is out of range \(C type 'uInt'\)/);
    expect(got.errors[1]).to.match(/^TypeError: .*argument '2'/);
    expect(got).to.deep.include({ ok: true, same: true });
  });

  it('rejects a wrong argument type at type-check time', function () {
    fs.writeFileSync(
      path.join(dir, 'misuse.mts'),
      `import { ffi } from './z/index.js';\nffi.new('z_stream *').zalloc!(null, 'many', 1);\n`,
    );
    const r = tsc([...TSC_STRICT, 'misuse.mts'], dir);
    expect(r.status).to.not.equal(0);
    expect(r.stdout).to.match(/'string' is not assignable to parameter of type 'number'/);
  });
});
