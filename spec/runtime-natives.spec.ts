/**
 * The runtime's two halves agree: the native functions cffi-natives.h registers are the ones the
 * JS runtime calls (`NATIVE_FUNCTIONS`, tied to `NativeRuntime` by the compiler), every integer
 * code of the primitive table has its C getter and result converter, and cffi.h includes every
 * header of the runtime folder (the generator copies them all into each module).
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NATIVE_FUNCTIONS } from '../src/runtime/native.cjs';
import { INT_CODES } from '../src/runtime/primitives.cjs';
import { ROOT } from './helpers/run.js';

const RUNTIME = path.join(ROOT, 'src', 'runtime');
const header = (name: string): string => fs.readFileSync(path.join(RUNTIME, name), 'utf8');

describe('runtime: C and JS halves agree', function () {
  it('cffi_register registers exactly the native functions the JS runtime names', function () {
    const c = header('cffi-natives.h');
    const table = /static const cffi_export rt\[\] = \{([^;]*)\};/.exec(c);
    expect(table, 'the rt[] table of cffi_register').to.not.equal(null);
    const registered = [...table![1]!.matchAll(/\{\s*"(\$\w+)",\s*cffi_rt_(\w+)\s*\}/g)];
    // each entry's JS name is its C function's name with `$`: `{"$view", cffi_rt_view}`
    for (const [, js, fn] of registered) expect(js, `cffi_rt_${fn}`).to.equal(`$${fn}`);
    expect(registered.map((m) => m[1]).sort()).to.deep.equal([...NATIVE_FUNCTIONS].sort());
    const defined = [...c.matchAll(/^static napi_value cffi_rt_(\w+)\(/gm)].map((m) => `$${m[1]}`);
    expect(defined.sort()).to.deep.equal([...NATIVE_FUNCTIONS].sort());
  });

  it('every integer code has its cffi_get_<code> with its fixed-width type, and its cffi_from_<stem>', function () {
    const getters = header('cffi-int.h');
    const wide = header('cffi-wide.h');
    const results = header('cffi-results.h') + header('cffi-wide.h');
    for (const [code, c] of Object.entries(INT_CODES)) {
      // the 128-bit getters are functions of cffi-wide.h (no fast double path: a BigInt is the rule)
      if (c.size === 16)
        expect(wide, code).to.match(
          new RegExp(`^static inline bool cffi_get_${code}\\(napi_env env, napi_value v, ${c.cType} \\*out`, 'm'),
        );
      else expect(getters, code).to.match(new RegExp(`^CFFI_INT_GETTER\\(cffi_get_${code}, ${c.cType}, `, 'm'));
      expect(results, code).to.match(
        new RegExp(`^static inline napi_value cffi_from_${c.fromC}\\(napi_env env, `, 'm'),
      );
    }
  });

  it('cffi.h includes every other header of the runtime folder', function () {
    const umbrella = header('cffi.h');
    const included = [...umbrella.matchAll(/^#include "([^"]+)"/gm)].map((m) => m[1]);
    const siblings = fs.readdirSync(RUNTIME).filter((f) => f.endsWith('.h') && f !== 'cffi.h');
    expect(included.sort()).to.deep.equal(siblings.sort());
  });
});
