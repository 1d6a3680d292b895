/**
 * The one table of primitive types, seen from a real generated module: every spelling the runtime
 * reads has the table's size and is typed in the module's `.d.ts` (`ffi.new('intptr_t *')` was an
 * unknown pointer to TypeScript while it worked at run time), and the built `.node` carries the
 * native functions the JS runtime calls.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NATIVE_FUNCTIONS } from '../src/runtime/native.cjs';
import { PRIMITIVE_ALIASES, PRIMITIVES } from '../src/runtime/primitives.cjs';
import { cli, node, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const HEADER = `#include <stdint.h>
/* One past x: a function that takes and returns intptr_t. */
static inline intptr_t probe_next(intptr_t x) { return x + 1; }
`;

describe('runtime: primitive types in a generated module', function () {
  const dir = scratch('runtime-primitives');

  before(function () {
    fs.writeFileSync(path.join(dir, 'probe.h'), HEADER);
    const r = cli(['./probe.h', '-o', './m'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('reads every spelling of the table at run time, with its size', function () {
    const sizes = Object.fromEntries(
      [...Object.keys(PRIMITIVES), ...Object.keys(PRIMITIVE_ALIASES)]
        .filter((s) => s !== 'void')
        .map((s) => {
          const canon = (PRIMITIVE_ALIASES as Record<string, keyof typeof PRIMITIVES>)[s] ?? s;
          return [s, PRIMITIVES[canon as keyof typeof PRIMITIVES].size];
        }),
    );
    const r = node(
      `import { createRequire } from 'node:module';
const { ffi } = createRequire(import.meta.url)('./m/index.js');
const sizes = ${JSON.stringify(sizes)};
for (const [s, size] of Object.entries(sizes)) {
  if (ffi.sizeof(s) !== size) throw new Error(s + ': ' + ffi.sizeof(s));
  ffi.new(s + ' *');
}
const p = ffi.new('intptr_t *');
p.value = -(2n ** 62n);
console.log(ffi.typeof(p), p.value, ffi.typeof(ffi.new('uintptr_t[2]')));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(r.stdout.trim()).to.equal('long * -4611686018427387904n unsigned long[2]');
  });

  // one tsc run for both files (tsc takes seconds): the good file must check, the misuses must not
  it('types every alias in the .d.ts (intptr_t * is a long *) and rejects what a spelling does not allow', function () {
    fs.writeFileSync(
      path.join(dir, 'typed.mts'),
      `import { ffi, lib } from './m/index.js';
const p = ffi.new('intptr_t *');
const v: bigint = p.value;
const asLong: ReturnType<typeof ffi.new<'long *'>> = p;
const n: bigint = lib.probe_next(p.value);
const u: bigint = ffi.new('uintptr_t *').value;
const d: bigint = ffi.new('ptrdiff_t *').value;
const s: number = ffi.new('signed short int *').value;
const b: boolean = ffi.new('_Bool *').value;
const f: number[] = [ffi.sizeof('ssize_t'), ffi.sizeof('long int')];
export { v, asLong, n, u, d, s, b, f };
`,
    );
    fs.writeFileSync(
      path.join(dir, 'misuse.mts'),
      `import { ffi } from './m/index.js';
const wrong: number = ffi.new('intptr_t *').value;
const int: ReturnType<typeof ffi.new<'int *'>> = ffi.new('intptr_t *');
export { wrong, int };
`,
    );
    const r = tsc([...TSC_STRICT, 'typed.mts', 'misuse.mts'], dir);
    expect(r.stdout).to.not.contain('typed.mts');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('misuse.mts'));
    expect(errors).to.deep.equal([
      "misuse.mts(2,7): error TS2322: Type 'bigint' is not assignable to type 'number'.",
      'misuse.mts(3,7): error TS2322: Type \'Pointer<"long", bigint>\' is not assignable to type ' +
        '\'Pointer<"int", number>\'.',
    ]);
  });

  it('the built module carries every native function the JS runtime calls', function () {
    const r = node(
      `import { createRequire } from 'node:module';
const m = createRequire(import.meta.url)('./m/probe.node');
console.log(JSON.stringify(Object.keys(m).filter((k) => k.startsWith('$') && typeof m[k] === 'function')));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const exported: string[] = JSON.parse(r.stdout);
    expect(exported.filter((k) => k !== '$macros').sort()).to.deep.equal([...NATIVE_FUNCTIONS].sort());
  });
});
