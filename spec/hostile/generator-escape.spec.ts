/**
 * The escapers of src/escape.ts over a table of hostile strings, each read back by the real
 * parser of its language: V8 for JS and JSON, the C compiler (in `-std=c99`, trigraphs on) for C
 * string literals and comments, in a child process with a time limit.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cComment,
  cInclude,
  cString,
  gypSafe,
  jsComment,
  jsLineComment,
  jsonText,
  jsString,
  tsStringType,
} from '../../src/escape.js';
import { scratch } from '../helpers/run.js';
import { runLimited } from './run-case.js';

const HOSTILE: readonly string[] = [
  '',
  'plain',
  '*/',
  '/*',
  '*/ evil(); /*',
  'a\nb',
  'a\r\nb',
  'a\u2028b',
  'a\u2029b',
  'a\u0085b',
  '\0',
  'a\0b\0',
  '"',
  "'",
  '`${x}`',
  '\\',
  '\\\n',
  '??=',
  '???/',
  '??/\n',
  'é²Ω',
  '\u{1f600}',
  '\x7f\x01\x1b[31m',
  '</script>',
];

describe('hostile: each escaper, read back by the real parser', function () {
  HOSTILE.forEach((s, i) => {
    it(`JS string, line comment, block comment and JSON: #${i} ${JSON.stringify(s)}`, function () {
      expect(new Function(`return ${jsString(s)};`)()).to.equal(s);
      expect(tsStringType(s)).to.equal(jsString(s));
      expect(jsString(s)).to.not.match(/[\u2028\u2029\n\r]/);
      expect(new Function(`//${jsLineComment(s)}\nreturn 1;`)()).to.equal(1);
      expect(new Function(`/*${jsComment(s)}*/ return 1;`)()).to.equal(1);
      expect(JSON.parse(jsonText(s))).to.equal(s);
      expect(cComment(s)).to.not.match(/\*\/|\/\*|[\n\r\0]/);
    });
  });

  it('C string literals hold exactly the bytes, and C comments stay comments (cc -std=c99)', function () {
    const dir = scratch('hostile-escape');
    const decls = HOSTILE.map((s, i) => `/* ${cComment(s)} */ static const char s${i}[] = "${cString(s)}";`);
    const prints = HOSTILE.map((_, i) => `  dump(s${i}, sizeof s${i} - 1);`);
    const program = [
      '#include <stdio.h>',
      ...decls,
      'static void dump(const char *p, size_t n) {',
      '  for (size_t i = 0; i < n; i++) printf("%02x", (unsigned char)p[i]);',
      '  printf("\\n");',
      '}',
      'int main(void) {',
      ...prints,
      '  return 0;',
      '}',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'strings.c'), program);
    const cc = runLimited('cc', ['-std=c99', '-Wall', '-Werror', '-o', 'strings', 'strings.c'], dir);
    expect(cc.status, cc.stderr).to.equal(0);
    const run = runLimited(path.join(dir, 'strings'), [], dir);
    expect(run.stdout.split('\n').slice(0, -1)).to.deep.equal(HOSTILE.map((s) => Buffer.from(s).toString('hex')));
  });

  it('C #include names: refused when C cannot spell them', function () {
    expect(cInclude('/usr/include/zlib.h', 'quote')).to.equal('"/usr/include/zlib.h"');
    expect(cInclude('zlib.h', 'angle')).to.equal('<zlib.h>');
    expect(cInclude('a*/b\u2028.h', 'quote')).to.equal('"a*/b\u2028.h"');
    for (const bad of ['a"b.h', 'a\nb.h', 'a\\b.h', 'a\0b.h', ''])
      expect(cInclude(bad, 'quote'), JSON.stringify(bad)).to.equal(undefined);
    expect(cInclude('a>b.h', 'angle')).to.equal(undefined);
  });

  it('binding.gyp refuses what gyp would expand or run', function () {
    for (const ok of ['-DX=1', '-I/usr/include', '-DCMP=a<b', '-DF(x)=x', '-lz'])
      expect(gypSafe(ok), ok).to.equal(true);
    for (const bad of ['-DX=<!(touch p)', '-DX=<(var)', '-DX=>(var)', '-DX=<!@(cmd)', '-DX=<@(list)', '-DX=a\nb'])
      expect(gypSafe(bad), bad).to.equal(false);
  });
});
