/**
 * Valid headers whose names meet the generator's own: each row is a header, its C library and a
 * check that calls the built module. Every row must import, build, load, reach each name, and
 * its `index.d.ts` must pass `tsc --strict`; each runs in child processes with a time limit.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scratch } from '../helpers/run.js';
import { buildLibrary, cliLimited, jsParses, nodeLimited, tscStrict } from './run-case.js';

interface NameCase {
  readonly name: string;
  readonly header: string;
  readonly impl: string;
  /** the body of an async function of `{ ffi, lib, assert }`: throws when a name is not reachable. */
  readonly check: string;
}

const CASES: readonly NameCase[] = [
  {
    name: 'fields named like the view state and Object.prototype',
    header:
      'struct rec { int $v, $a, $t, $o, $x, constructor, $member, __proto__, prototype; };\n' +
      'int rec_sum(const struct rec *r);',
    impl:
      'int rec_sum(const struct rec *r) ' +
      '{ return r->$v + r->$a * 2 + r->$x * 4 + r->constructor * 8 + r->__proto__ * 16; }',
    check: `const r = ffi.new('struct rec *');
      r.$$v = 1; r.$$a = 1; r.$$x = 1; r.constructor = 1; r.__proto__ = 1; r.prototype = 5;
      assert.equal(lib.rec_sum(r), 31);
      assert.equal(r.prototype, 5);
      assert.equal(ffi.typeof(r).cname, 'struct rec *');`,
  },
  {
    name: 'parameters that collide after renaming',
    header: 'int pick(int a\u00b2, int a_, int $x, int $x_, int);\nint pair(int arg4, int, int arg1);',
    impl:
      'int pick(int a\u00b2, int a_, int $x, int $x_, int e) ' +
      '{ return a\u00b2 * 10000 + a_ * 1000 + $x * 100 + $x_ * 10 + e; }\n' +
      'int pair(int arg4, int b, int arg1) { return arg4 * 100 + b * 10 + arg1; }',
    check: `assert.equal(lib.pick(1, 2, 3, 4, 5), 12345);
      assert.equal(lib.pair(1, 2, 3), 123);`,
  },
  {
    name: 'C identifiers JavaScript rejects',
    header:
      'struct \u00e9t\u00e9 { int \u00e9, $, \u00b5s; };\nint a\u00b2(int x);\nint $(int x);\n' +
      'enum \u03a9 { \u03a91 = 7 };\n#define \u00b5 5\nint sum\u00e9(struct \u00e9t\u00e9 *s);',
    impl:
      'int a\u00b2(int x) { return x * x; }\nint $(int x) { return x + 1; }\n' +
      'int sum\u00e9(struct \u00e9t\u00e9 *s) { return s->\u00e9 + s->$ + s->\u00b5s; }',
    check: `assert.equal(lib['a\u00b2'](3), 9);
      assert.equal(lib.$(3), 4);
      assert.equal(lib['\u03a91'], 7);
      assert.equal(lib['\u00b5'], 5);
      const s = ffi.new('struct \u00e9t\u00e9 *', { '\u00e9': 1, $$: 2, '\u00b5s': 3 });
      assert.equal(lib['sum\u00e9'](s), 6);`,
  },
  {
    name: 'typedefs named like the .d.ts declarations',
    header:
      'typedef int Lib;\ntypedef struct { int v; } Types;\ntypedef int Ffi;\ntypedef long $rt;\n' +
      'typedef int ArrayBufferView;\nLib use(Types *t, Ffi f, $rt r, ArrayBufferView a);',
    impl: 'Lib use(Types *t, Ffi f, $rt r, ArrayBufferView a) { return t->v + f + (int)r + a; }',
    check: `const t = ffi.new('Types *', { v: 1 });
      assert.equal(lib.use(t, 2, 3n, 4), 10);
      assert.equal(ffi.sizeof('Lib'), 4);`,
  },
  {
    name: 'two anonymous records on one line',
    header:
      'struct outer { struct { int a; } x; struct { int b; } y; };\n' +
      'typedef struct { int p; } T1; typedef struct { int q; } T2;\n' +
      'int both(struct outer *o, T1 *t1, T2 *t2);',
    impl: 'int both(struct outer *o, T1 *t1, T2 *t2) { return o->x.a + o->y.b * 10 + t1->p * 100 + t2->q * 1000; }',
    check: `const o = ffi.new('struct outer *', { x: { a: 1 }, y: { b: 2 } });
      assert.equal(lib.both(o, ffi.new('T1 *', { p: 3 }), ffi.new('T2 *', { q: 4 })), 4321);`,
  },
  {
    name: 'macros named like words of the generated C and JS',
    header:
      '#define done 1\n#define env 2\n#define exports 3\n#define module 4\n#define require 5\n' +
      '#define heap 6\n#define weak 7\n#define __dirname 9\n' +
      'int measure(const char *s, void *p, double d);',
    impl:
      '#include <string.h>\n' +
      'int measure(const char *s, void *p, double d) { return (int)strlen(s) + (p != 0) + (int)d; }',
    check: `assert.deepEqual([lib.done, lib.env, lib.exports, lib.module, lib.require, lib.heap, lib.weak],
        [1, 2, 3, 4, 5, 6, 7]);
      assert.equal(lib.__dirname, 9);
      assert.equal(lib.measure('abc', Buffer.from('x'), 2), 6);`,
  },
  {
    name: 'functions named like libc and the runtime namespaces',
    header:
      'int log(int x);\nint random(void);\nint index(int i);\nint exp(int e);\n' +
      'int cffi_x(int i);\nint napi_y(int i);\nint toString(int i);',
    impl:
      'int log(int x) { return x + 1; }\nint random(void) { return 4; }\nint index(int i) { return i * 2; }\n' +
      'int exp(int e) { return e - 1; }\nint cffi_x(int i) { return i; }\nint napi_y(int i) { return -i; }\n' +
      'int toString(int i) { return i; }',
    check: `assert.deepEqual([lib.log(1), lib.random(), lib.index(3), lib.exp(5), lib.cffi_x(6), lib.napi_y(7)],
        [2, 4, 6, 4, 6, -7]);
      assert.equal(lib.toString(8), 8);`,
  },
];

describe('hostile: valid headers whose names meet the generator', function () {
  const root = scratch('hostile-names');

  CASES.forEach((c, i) => {
    it(c.name, function () {
      const dir = path.join(root, `case${i}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'h.h'), `#ifndef H_H\n#define H_H\n${c.header}\n#endif\n`);
      const lib = buildLibrary(dir, `n${i}`, 'h.h', c.impl);
      expect(lib.status, lib.stderr).to.equal(0);
      const link = ['-L', dir, '-l', `n${i}`, `--clang-arg=-Wl,-rpath,${dir}`];
      const gen = cliLimited(['./h.h', ...link, '-o', 'mod', '-q'], dir);
      expect(gen.status, gen.stderr).to.equal(0);
      expect(gen.stderr, 'a name was skipped').to.not.match(/skip|CI0/);
      const mod = path.join(dir, 'mod');
      expect(jsParses(mod).status).to.equal(0);
      const types = tscStrict(mod);
      expect(types.status, types.stdout + types.stderr).to.equal(0);
      const script =
        `import assert from 'node:assert/strict';\nimport m from './mod/index.js';\n` +
        `const { ffi, lib } = m;\n${c.check}\nconsole.log('ok');\n`;
      const r = nodeLimited(script, dir);
      expect(r.stderr + r.stdout).to.equal('ok\n');
    });
  });
});
