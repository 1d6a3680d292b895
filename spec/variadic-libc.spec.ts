/**
 * Variadic functions of the real libc, called through libffi: snprintf with int, double and string
 * extras, open with its optional mode left out, fcntl; and their typings under tsc --strict (a bare
 * number as an extra is a type error, as it is a TypeError at run time).
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const ONLY = ['snprintf', 'open', 'close', 'fcntl', 'O_RDONLY', 'F_GETFL', 'O_ACCMODE'];

describe('libc variadics: stdio.h fcntl.h unistd.h --only snprintf open close fcntl ...', function () {
  const dir = scratch('variadic-libc');

  before(function () {
    const r = cli(['stdio.h', 'fcntl.h', 'unistd.h', '--only', ...ONLY, '-o', './libc'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('formats with snprintf, opens, inspects and closes a real file', function () {
    fs.writeFileSync(path.join(dir, 'data.txt'), 'hello');
    const r = node(
      `import { ffi, lib } from './libc/index.js';
const buf = Buffer.alloc(64);
const n = lib.snprintf(buf, buf.length, '%d %.2f %s', ffi.cast('int', 42), ffi.cast('double', 2.5), 'hi');
console.log(n, JSON.stringify(ffi.string(ffi.fromBuffer(buf))));
const fd = lib.open(${JSON.stringify(path.join(dir, 'data.txt'))}, lib.O_RDONLY);
const mode = lib.fcntl(fd, lib.F_GETFL) & lib.O_ACCMODE;
console.log(fd >= 0, mode === lib.O_RDONLY, lib.close(fd));
console.log(lib.open('/nonexistent/x', lib.O_RDONLY), ffi.errno);
try { lib.snprintf(buf, buf.length, '%d', 42); } catch (e) { console.log(e.constructor.name, e.message); }
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).to.equal('10 "42 2.50 hi"');
    expect(lines[1]).to.equal('true true 0');
    expect(lines[2]).to.equal('-1 2'); // ENOENT
    expect(lines[3]).to.match(/^TypeError snprintf\(\): argument 4 .*ffi\.cast\('int'/);
  });

  it('types the extras: casts, pointers, strings and null pass tsc --strict, a bare number does not', function () {
    fs.writeFileSync(
      path.join(dir, 'ok.mts'),
      `import { ffi, lib } from './libc/index.js';
const buf = Buffer.alloc(32);
const n: number = lib.snprintf(buf, 32, '%d %f %s %p', ffi.cast('int', 1), ffi.cast('double', 2), 'x', null);
const p = ffi.new('int *');
lib.snprintf(buf, 32, '%p %ld', p, ffi.cast('long', 5n));
const fd: number = lib.open('x', lib.O_RDONLY);
const v: number = ffi.cast('int', 3).value + n + fd;
void v;
`,
    );
    const ok = tsc([...TSC_STRICT, 'ok.mts'], dir);
    expect(ok.status, ok.stdout).to.equal(0);
    fs.writeFileSync(
      path.join(dir, 'bad.mts'),
      `import { lib } from './libc/index.js';\nlib.snprintf(Buffer.alloc(8), 8, '%d', 42);\n`,
    );
    const bad = tsc([...TSC_STRICT, 'bad.mts'], dir);
    expect(bad.status).to.not.equal(0);
    expect(bad.stdout).to.match(/bad\.mts\(2,.*'42' is not assignable to parameter of type 'VarArg'/);
  });
});
