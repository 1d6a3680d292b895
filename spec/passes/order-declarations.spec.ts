/** orderDeclarations, and the pipeline that ends with it. */
import { expect } from 'chai';
import { assignNames } from '../../src/passes/assign-names.js';
import { closeDependencies } from '../../src/passes/close-dependencies.js';
import { PIPELINE } from '../../src/passes/index.js';
import { markOpaque } from '../../src/passes/mark-opaque.js';
import { orderDeclarations } from '../../src/passes/order-declarations.js';
import { selectDeclarations } from '../../src/passes/select-declarations.js';
import { skipFields } from '../../src/passes/skip-fields.js';
import { skipUnsupported } from '../../src/passes/skip-unsupported.js';
import { planOf } from './plan-of.js';

const OTHER = 'struct dep { int v; };\ntypedef __float128 ld;\n';
const HEADER = `#include "other.h"
int second(void);
int variadic(struct dep d, ...);
int first(struct dep *d);
#define LAST 1
`;

describe('pass orderDeclarations', function () {
  it('orders the emitted declarations as the headers do: files as read, then lines', function () {
    const p = planOf(HEADER, {}, orderDeclarations, { 'other.h': OTHER });
    expect(p.plan.order.map((id) => p.ctx.index.get(id).name)).to.deep.equal(['dep', 'second', 'first', 'LAST']);
  });

  it('leaves out what is skipped, and what nothing selected or required', function () {
    const p = planOf(HEADER, {}, orderDeclarations, { 'other.h': OTHER });
    expect(p.plan.order).to.not.include(p.id('variadic'));
    expect(p.plan.order).to.not.include(p.id('ld'));
  });
});

describe('the pipeline', function () {
  it('runs the passes in this order', function () {
    expect(PIPELINE).to.deep.equal([
      selectDeclarations,
      closeDependencies,
      skipUnsupported,
      markOpaque,
      skipFields,
      assignNames,
      orderDeclarations,
    ]);
  });
});
