/** selectDeclarations: what the user asked for, from the real libclang's view of a small header. */
import { expect } from 'chai';
import { resolveConfig } from '../../src/config/index.js';
import { CffiError } from '../../src/diagnostics/index.js';
import { selectDeclarations } from '../../src/passes/select-declarations.js';
import { scratch } from '../helpers/run.js';
import { codes, planOf } from './plan-of.js';

const HEADER = `#include "other.h"
#include <stdint.h>
#ifndef INPUT_H
#define INPUT_H
#define SELF SELF
#define __plumbing(x) x
#endif
struct point { int x, y; };
enum color { RED, GREEN };
typedef int handle;
int area(struct point *p);
int area_of_all(void);
#define LIMIT 10
`;
const OTHER = 'int other_fn(void);\n';

describe('pass selectDeclarations', function () {
  const selectedNames = (only?: string[], exclude?: string[]) => {
    const { ir, plan } = planOf(HEADER, { only, exclude }, selectDeclarations, { 'other.h': OTHER });
    return ir.decls
      .filter((d) => plan.selected.has(d.id))
      .map((d) => d.name)
      .sort();
  };

  it('takes the header and its own sub-header by default, not a system header it includes', function () {
    expect(selectedNames()).to.deep.equal(['LIMIT', 'area', 'area_of_all', 'color', 'handle', 'other_fn', 'point']);
  });

  it('leaves include guards, self-named macros and reserved plumbing out of the default, silently', function () {
    const { plan } = planOf(HEADER, {}, undefined, { 'other.h': OTHER });
    expect([...plan.skipped.values()].map((s) => s.diagnostic.message)).to.deep.equal([]);
    expect(selectedNames(['INPUT_H', 'SELF', '__plumbing'])).to.deep.equal(['INPUT_H', 'SELF', '__plumbing']);
  });

  it('narrows (!) and widens the default with --header-glob, in order', function () {
    const names = (globs: string[]) => {
      const { ir, plan } = planOf(HEADER, { 'header-glob': globs }, selectDeclarations, { 'other.h': OTHER });
      return ir.decls.filter((d) => plan.selected.has(d.id)).map((d) => d.name);
    };
    expect(names(['!other.h'])).to.not.include('other_fn');
    expect(names(['**/stdint.h'])).to.include('int_least8_t');
    expect(names(['!*.h', 'other.h'])).to.deep.equal(['other_fn']);
  });

  it('stops (CI026) on a selection that takes nothing, saying which headers were taken and what to do', function () {
    expect(() =>
      planOf('#include "other.h"\n', { 'header-glob': ['!other.h'] }, selectDeclarations, { 'other.h': OTHER }),
    ).to.throw(CffiError, /CI026: nothing to generate: .*headers taken: input\.h\); .*--only.*--header-glob/);
  });

  it('takes matches from the whole translation unit with --only, included headers too', function () {
    expect(selectedNames(['area*', 'other_fn'])).to.deep.equal(['area', 'area_of_all', 'other_fn']);
  });

  it('selects an enum by one of its constants, a record by `struct tag`', function () {
    expect(selectedNames(['GREEN', 'struct point'])).to.deep.equal(['color', 'point']);
  });

  it('drops --exclude matches, and requires nothing yet', function () {
    const { plan } = planOf(HEADER, { exclude: ['/^area/'] }, selectDeclarations, { 'other.h': OTHER });
    expect(plan.selected.size).to.equal(5);
    expect(plan.required.size).to.equal(0);
  });

  it('warns (CI025) about an --exclude pattern that drops nothing', function () {
    const { plan } = planOf(HEADER, { exclude: ['area', 'no_such_name'] }, selectDeclarations, { 'other.h': OTHER });
    expect(codes(plan)).to.deep.equal(['CI025']);
    expect(plan.diagnostics[0]!.message).to.contain("'no_such_name'");
  });

  it('stops (CI003) on an --only pattern that matches nothing', function () {
    expect(() => planOf(HEADER, { only: ['area', 'arae*'] }, selectDeclarations, { 'other.h': OTHER })).to.throw(
      CffiError,
      /CI003: pattern 'arae\*' given to --only/,
    );
  });

  it('gets the patterns compiled once, by the config; a bad regex stops there (CI006)', function () {
    const dir = scratch('passes-config');
    const config = resolveConfig({ headers: ['x.h'], only: ['deflate*'], exclude: ['/End$/'], build: false }, dir);
    expect(config.only.map((p) => p.source)).to.deep.equal(['deflate*']);
    expect(config.exclude[0]!.test('deflateEnd')).to.equal(true);
    expect(() => resolveConfig({ headers: ['x.h'], only: ['/(/'] }, dir)).to.throw(
      CffiError,
      /CI006: pattern '\/\(\/' is not a valid regular expression/,
    );
  });
});
