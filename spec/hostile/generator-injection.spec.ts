/**
 * Code injection from a header: its path, its file name, its comments and its macro strings are
 * written into C, JS, `.d.ts` and JSON only through the escapers of src/escape.ts. Each row plants
 * code that would create the file `pwned` if it ever ran (a C constructor runs when the module is
 * loaded, at the build's load check and at every import); the file must never exist, and the
 * generated files must still parse. Paths C cannot `#include` are refused with a message.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scratch } from '../helpers/run.js';
import { buildLibrary, cliLimited, isCleanError, jsParses, nodeLimited, tscStrict } from './run-case.js';

/** C that creates `pwned` in the working folder, written without `/` or `"` (it must fit in a folder name). */
const C_RUN =
  ' __attribute__((constructor)) static void cffi_pwn(void){ extern int mkdir(const char *, unsigned); ' +
  'char p[] = {112,119,110,101,100,0}; mkdir(p, 448); } ';
/** JS that creates `pwned`, without `/` or quotes. */
const JS_RUN = 'require(String.fromCharCode(102,115)).mkdirSync(String.fromCharCode(112,119,110,101,100));';
const LS = '\u2028';
const PS = '\u2029';
/** A header file name with what JS, C strings and template literals treat specially. */
const ODD_NAME = `h${LS}\${x}\`'$*.h`;
/** Macro strings and the value each must have in JS. */
const STRINGS: Record<string, string> = {
  S1: `*/ ${JS_RUN} /*`,
  S2: `${LS}" \\ \${x} \` ${PS}`,
  S3: 'tab\there %s %n',
};

interface InjectionCase {
  readonly name: string;
  /** the header's path below the case folder, as given to the CLI (`./` added). */
  readonly path: string;
  /** declarations besides the function `probe` every header has. */
  readonly extra?: string;
  /** the C library's code besides `probe`. */
  readonly impl?: string;
  /** checks on `{ ffi, lib, assert }` once the module loads (a JS function body). */
  readonly check?: string;
  /** build and load the module (the C payloads need it); JS and `.d.ts` payloads are seen without. */
  readonly build: boolean;
  /** a refusal: the diagnostic the message must carry. */
  readonly refused?: RegExp;
}

const CASES: readonly InjectionCase[] = [
  { name: 'a path that closes the C banner comment', path: `evil*/${C_RUN}/*x/h.h`, build: true },
  { name: 'a path with U+2028 and JS code (index.js line comment)', path: `a${LS}${JS_RUN}${LS}0/h.h`, build: false },
  { name: 'a path with U+2029 and JS code', path: `b${PS}${JS_RUN}${PS}0/h.h`, build: false },
  { name: 'a path that closes the .d.ts JSDoc', path: `c*/ export declare const x: 1; /*/h.h`, build: false },
  {
    name: 'a file name with U+2028, ${}, a backtick and $, naming an anonymous record',
    path: `d/${ODD_NAME}`,
    extra: 'struct { int a; } *anon_get(void);',
    impl: '__typeof__(anon_get()) anon_get(void) { static __typeof__(*anon_get()) v; return &v; }',
    check: `assert.ok(ffi.typeof(lib.anon_get()).cname.includes(${JSON.stringify(`anonymous at ${ODD_NAME}:`)}));`,
    build: true,
  },
  {
    name: 'comments holding */, U+2028 and code',
    path: 'e/h.h',
    extra: [
      `/// a */ ${JS_RUN} /* ${LS}${JS_RUN}`,
      'struct s {',
      `  /// */ ${C_RUN} /*`,
      '  int f;',
      '};',
      `/// */ ${JS_RUN}`,
      'enum en {',
      `  /// */ ${JS_RUN} ${LS} ${JS_RUN}`,
      '  E1 = 1',
      '};',
      `/// */ ${C_RUN}`,
      '#define M 2',
      `/// */ ${JS_RUN}`,
      'typedef int t_t;',
      `/// */ ${JS_RUN}`,
      'int take(struct s *p, t_t t);',
    ].join('\n'),
    impl: 'int take(struct s *p, t_t t) { return p->f + t; }',
    check: 'assert.equal(lib.M + lib.E1, 3); assert.equal(lib.take(ffi.new("struct s *", { f: 1 }), 2), 3);',
    build: true,
  },
  {
    name: 'macro strings with */, U+2028, ${}, quotes, backslashes and tabs',
    path: 'f/h.h',
    extra: Object.entries(STRINGS)
      .map(([k, v]) => `#define ${k} "${v.replace(/[\\"]/g, '\\$&')}"`)
      .join('\n'),
    check: Object.entries(STRINGS)
      .map(([k, v]) => `assert.equal(lib.${k}, ${JSON.stringify(v)});`)
      .join('\n'),
    build: true,
  },
  {
    name: 'a macro string holding NUL and escapes keeps its full value',
    path: 'k/h.h',
    extra: '#define Z1 "ab\\0cd"\n#define Z2 "\\x41\\101\\0" "\\n\\u00e9" "end"\n#define Z3 Z1',
    check: `assert.equal(lib.Z1, 'ab\\0cd'); assert.equal(lib.Z2, 'AA\\0\\n\\u00e9end'); assert.equal(lib.Z3, lib.Z1);`,
    build: true,
  },
  { name: 'a path with a double quote', path: 'g"x/h.h', build: false, refused: /CI006.*#include/ },
  { name: 'a path with a newline', path: `h\n#include <x>\n/h.h`, build: false, refused: /CI006.*#include/ },
  { name: 'a path with a backslash', path: 'i\\x/h.h', build: false, refused: /CI006.*#include/ },
];

describe('hostile: nothing from a header reaches generated code unescaped', function () {
  const root = scratch('hostile-injection');

  CASES.forEach((c, i) => {
    it(c.name, function () {
      const dir = path.join(root, `case${i}`);
      const header = path.join(dir, c.path);
      fs.mkdirSync(path.dirname(header), { recursive: true });
      fs.writeFileSync(header, `${c.extra ?? ''}\nint probe(int x);\n`);
      const link: string[] = [];
      if (c.build) {
        fs.copyFileSync(header, path.join(dir, 'plain.h'));
        const lib = buildLibrary(dir, `j${i}`, 'plain.h', `int probe(int x) { return x + 1; }\n${c.impl ?? ''}`);
        expect(lib.status, lib.stderr).to.equal(0);
        link.push('-L', dir, '-l', `j${i}`, `--clang-arg=-Wl,-rpath,${dir}`);
      }
      const gen = cliLimited([`./${c.path}`, ...link, ...(c.build ? [] : ['--no-build']), '-o', 'mod', '-q'], dir);
      const pwned = () => ['pwned', 'mod/pwned'].filter((p) => fs.existsSync(path.join(dir, p)));
      if (c.refused) {
        expect(gen.status, gen.stderr).to.equal(1);
        expect(gen.stderr).to.match(c.refused);
        expect(isCleanError(gen.stderr), gen.stderr).to.equal(true);
        expect(fs.existsSync(path.join(dir, 'mod')), 'wrote files').to.equal(false);
        return;
      }
      expect(gen.status, gen.stderr).to.equal(0);
      expect(pwned(), 'code from the header ran during the build').to.deep.equal([]);
      const mod = path.join(dir, 'mod');
      const js = jsParses(mod);
      expect(js.status, js.stderr).to.equal(0);
      const types = tscStrict(mod);
      expect(types.status, types.stdout + types.stderr).to.equal(0);
      expect(JSON.parse(fs.readFileSync(path.join(mod, 'package.json'), 'utf8')).main).to.equal('index.js');
      if (c.build) {
        const script =
          `import assert from 'node:assert/strict';\nimport m from './mod/index.js';\nconst { ffi, lib } = m;\n` +
          `assert.equal(lib.probe(1), 2);\n${c.check ?? ''}\nconsole.log('ok');\n`;
        const r = nodeLimited(script, dir);
        expect(r.stderr + r.stdout).to.equal('ok\n');
      }
      expect(pwned(), 'code from the header ran at load').to.deep.equal([]);
    });
  });
});
