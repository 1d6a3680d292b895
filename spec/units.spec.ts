/** The pure helpers: patterns, C spellings, comments, escaping; and the catalog against its docs. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG } from '../src/diagnostics/index.js';
import { clean } from '../src/parse/comment.js';
import { compilePattern } from '../src/config/index.js';
import { cLiteral } from '../src/emit/enum.js';
import { cString, commentSafe, jsdoc } from '../src/emit/text.js';
import { cName } from '../src/emit/c-name.js';
import { IrIndex, type CType } from '../src/ir/index.js';
import { expectGolden } from './helpers/golden.js';
import { ROOT } from './helpers/run.js';

describe('name patterns', function () {
  it('globs match whole names', function () {
    const p = compilePattern('deflate*');
    expect(['deflate', 'deflateEnd'].every(p.test)).to.equal(true);
    expect(p.test('inflate')).to.equal(false);
    expect(compilePattern('Z_?').test('Z_A')).to.equal(true);
    expect(compilePattern('a.b').test('axb')).to.equal(false);
  });
  it('regexes match anywhere unless anchored', function () {
    expect(compilePattern('/Init/').test('deflateInit_')).to.equal(true);
    expect(compilePattern('/^Init/').test('deflateInit_')).to.equal(false);
    expect(() => compilePattern('/(/')).to.throw(/not a valid regular expression/);
  });
});

describe('cName renders a type around a declarator', function () {
  const index = new IrIndex({
    headers: [],
    includes: [],
    scope: [],
    target: { charIsSigned: true },
    decls: [],
    diagnostics: [],
  });
  const int: CType = { kind: 'int', name: 'int', size: 4, signed: true };
  const char: CType = { kind: 'int', name: 'char', size: 1, signed: true, const: true };
  for (const [t, decl, want] of [
    [int, 'x', 'int x'],
    [{ kind: 'pointer', to: char }, 's', 'const char *s'],
    [{ kind: 'array', of: char, length: 16 }, 'buf', 'const char buf[16]'],
    [
      { kind: 'pointer', to: { kind: 'function', result: int, params: [int], variadic: false } },
      'cb',
      'int (*cb)(int)',
    ],
    [{ kind: 'pointer', to: { kind: 'pointer', to: int, const: true } }, 'pp', 'int *const *pp'],
    [{ kind: 'function', result: { kind: 'void' }, params: [], variadic: false }, 'f', 'void f(void)'],
  ] as [CType, string, string][]) {
    it(want, function () {
      expect(cName(t, index, decl)).to.equal(want);
    });
  }
});

describe('comments and escaping', function () {
  it('strips comment markers and decoration', function () {
    expect(clean('/** Adds.\n *  Two ints.\n */')).to.equal('Adds.\nTwo ints.');
    expect(clean('/*\n    zlib style,\n      indented\n*/')).to.equal('zlib style,\n  indented');
    expect(clean('// one\n// two')).to.equal('one\ntwo');
    expect(clean('/* */')).to.equal(undefined);
  });
  it('never lets a comment close early', function () {
    expect(commentSafe('a */ b')).to.equal('a *\\/ b');
    expect(jsdoc('x */ y', 'int f(void);')).to.not.match(/\*\/ y/);
  });
  it('escapes C strings', function () {
    expect(cString('a"b\\c\n??=')).to.equal('a\\"b\\\\c\\012?\\?=');
  });
  it('writes C integer literals that keep their value', function () {
    expect(cLiteral('-1')).to.equal('-1LL');
    expect(cLiteral('18446744073709551615')).to.equal('18446744073709551615ULL');
    expect(cLiteral('-9223372036854775808')).to.equal('(-9223372036854775807LL - 1)');
  });
});

describe('the diagnostics catalog', function () {
  it('has a section in docs/errors.md for every code, with its severity', function () {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'errors.md'), 'utf8');
    for (const [code, entry] of Object.entries(CATALOG)) {
      const severity = entry.severity === 'skip' ? 'skip' : entry.severity;
      const heading = new RegExp(`^## ${code} — .*\\(${severity}\\)?`, 'm');
      expect(doc, code).to.match(heading);
    }
  });
});

describe('docs/options.md', function () {
  it('is the options table, rendered', async function () {
    const { optionsMarkdown } = await import('../src/config/options-doc.js');
    expectGolden(path.join(ROOT, 'docs', 'options.md'), optionsMarkdown());
  });
});
