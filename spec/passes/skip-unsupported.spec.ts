/** skipUnsupported: each declaration left out gets a typed reason and the diagnostic made from it. */
import { expect } from 'chai';
import type { Decl } from '../../src/ir/index.js';
import type { SkipReason } from '../../src/passes/index.js';
import { skipUnsupported } from '../../src/passes/skip-unsupported.js';
import { planOf, type Planned } from './plan-of.js';

const HEADER = `#include <stdarg.h>
struct pair { int a, b; };
typedef __float128 wide_t;
typedef wide_t wider_t;
int log_it(const char *fmt, ...);
int old_style();
int with_list(va_list ap);
wide_t half(wide_t x);
wider_t twice(void);
struct pair swap(struct pair p);
static int counter;
static const int answer = 42;
extern int visible;
int first(struct pair *p);
#define SQUARE(x) ((x) * (x))
#define NOT_A_VALUE extern
#define SIZE 16
int log_pair(struct pair p, ...);
`;

describe('pass skipUnsupported', function () {
  let p: Planned;
  before(function () {
    p = planOf(HEADER, {}, skipUnsupported);
  });
  const reason = (name: string, kind?: Decl['kind']): SkipReason | undefined =>
    p.plan.skipped.get(p.id(name, kind))?.reason;
  const code = (name: string) => p.plan.skipped.get(p.id(name))?.diagnostic.code;

  it('keeps a variadic function; skips one with a record by value (CI010) or no prototype (CI015)', function () {
    expect(reason('log_it')).to.equal(undefined);
    expect(reason('log_pair')).to.deep.equal({ kind: 'variadic' });
    expect(code('log_pair')).to.equal('CI010');
    expect(reason('old_style')).to.deep.equal({ kind: 'no-prototype' });
    expect(code('old_style')).to.equal('CI015');
  });

  it('skips function-like and non-constant macros (CI011, CI012), keeps constants', function () {
    expect(reason('SQUARE')).to.deep.equal({
      kind: 'function-like-macro',
      why: 'x is not an argument of a declared function',
      declare: '<type> SQUARE(<type> x)',
    });
    expect(reason('NOT_A_VALUE')?.kind).to.equal('not-constant');
    expect(code('NOT_A_VALUE')).to.equal('CI012');
    expect(reason('SIZE')).to.equal(undefined);
  });

  it('skips a type without an exact JS representation (CI013) and va_list', function () {
    expect(reason('wide_t')).to.deep.include({ kind: 'unsupported-type', spelling: '__float128' });
    expect(code('wide_t')).to.equal('CI013');
    expect(reason('with_list')).to.deep.equal({ kind: 'va-list', name: 'va_list' });
  });

  it('then skips what depends on a skipped declaration (CI014), until nothing changes', function () {
    expect(reason('half')).to.deep.equal({ kind: 'needs', dep: p.id('wide_t') });
    expect(reason('wider_t')).to.deep.equal({ kind: 'needs', dep: p.id('wide_t') });
    expect(reason('twice')).to.deep.equal({ kind: 'needs', dep: p.id('wider_t') });
    const d = p.plan.skipped.get(p.id('twice'))!.diagnostic;
    expect(d.code).to.equal('CI014');
    expect(d.message).to.equal("function 'twice' depends on 'wider_t', which is skipped");
    expect(d.location?.line).to.equal(9);
  });

  it('repeats until nothing changes: a selected function whose required typedef is skipped later', function () {
    // `sum` is judged first (selected before required) and passes: an array parameter is a pointer;
    // the typedef itself cannot hold its __float128 elements, so the next round finds `sum` needs it
    const q = planOf('typedef __float128 quad_t[2];\nint sum(quad_t q);\n', { only: ['sum'] }, skipUnsupported);
    expect(q.plan.skipped.get(q.id('quad_t'))?.reason.kind).to.equal('unsupported-type');
    expect(q.plan.skipped.get(q.id('sum'))?.reason).to.deep.equal({ kind: 'needs', dep: q.id('quad_t') });
  });

  it('skips a static variable (CI018) but keeps a static const one and an extern one', function () {
    expect(reason('counter')).to.deep.equal({ kind: 'static-variable' });
    expect(code('counter')).to.equal('CI018');
    expect(reason('answer')).to.equal(undefined);
    expect(reason('visible')).to.equal(undefined);
  });

  it('keeps records by value when C can name them, and pointers to anything', function () {
    expect(reason('swap')).to.equal(undefined);
    expect(reason('first')).to.equal(undefined);
    expect(reason('pair', 'record')).to.equal(undefined);
  });

  it('lists every skip once in the diagnostics, in the order decided', function () {
    const skipped = [...p.plan.skipped.values()].map((s) => s.diagnostic);
    expect(p.plan.diagnostics).to.deep.equal(skipped);
    expect(p.plan.opaque.size + p.plan.skippedFields.size).to.equal(0);
  });

  it('skips, as CI016, a function taking by value a record C cannot name', function () {
    const anon = planOf(
      'struct outer { struct { int x; } inner; };\ntypedef struct outer outer_t;\n' +
        'int takes(__typeof__(((outer_t *)0)->inner) v);\n',
      {},
      skipUnsupported,
    );
    const skip = anon.plan.skipped.get(anon.id('takes'));
    expect(skip?.reason.kind).to.equal('record-by-value');
    expect(skip?.diagnostic.code).to.equal('CI016');
  });
});
