/** markOpaque: records without a layout to offer stay pointers only, each with an info (CI017). */
import { expect } from 'chai';
import { markOpaque } from '../../src/passes/mark-opaque.js';
import { codes, planOf, type Planned } from './plan-of.js';

const HEADER = `struct hidden;
struct shown { int v; };
typedef struct hidden hidden_t;
hidden_t *open_hidden(struct shown *s);
#include <stdarg.h>
int with_args(int n, __builtin_va_list *ap);
`;

describe('pass markOpaque', function () {
  let p: Planned;
  before(function () {
    p = planOf(HEADER, {}, markOpaque);
  });

  it('marks a record declared but never defined', function () {
    expect(p.plan.opaque.has(p.id('hidden', 'record'))).to.equal(true);
  });

  it('keeps the layout of a defined record', function () {
    expect(p.plan.opaque.has(p.id('shown', 'record'))).to.equal(false);
  });

  it('marks a compiler builtin (no file, so C cannot name it)', function () {
    const builtin = p.ir.decls.find((d) => d.kind === 'record' && d.location.file === '');
    expect(builtin, 'libclang gives __builtin_va_list a record').to.not.equal(undefined);
    expect(p.plan.opaque.has(builtin!.id)).to.equal(true);
  });

  it('says so with one CI017 info per opaque record, at the record', function () {
    const infos = p.plan.diagnostics.filter((d) => d.code === 'CI017');
    expect(infos.map((d) => d.message)).to.include(
      "record 'hidden' has no definition in the headers; it stays opaque (pointers only)",
    );
    expect(infos.length).to.equal(p.plan.opaque.size);
    expect(infos.every((d) => d.severity === 'info')).to.equal(true);
  });

  it('marks only emitted records: an excluded one is not in the plan at all', function () {
    const q = planOf(HEADER, { exclude: ['hidden', 'hidden_t', 'open_hidden'] }, markOpaque);
    expect(q.plan.opaque.has(q.id('hidden', 'record'))).to.equal(false);
    expect(codes(q.plan).filter((c) => c === 'CI017').length).to.equal(q.plan.opaque.size);
  });
});
