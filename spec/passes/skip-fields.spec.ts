/** skipFields: a field that cannot cross is left out alone; its record keeps the others. */
import { expect } from 'chai';
import { skipFields } from '../../src/passes/skip-fields.js';
import { planOf, type Planned } from './plan-of.js';

const HEADER = `typedef int secret_t;
struct mixed {
  int count;
  __float128 precise;
  secret_t secret;
  void (*callback)(int);
  __float128 pair[2];
  char tail[];
};
struct plain { int a; double b; };
struct hidden;
struct mixed *make(struct plain *p, struct hidden *h);
`;

describe('pass skipFields', function () {
  let p: Planned;
  before(function () {
    p = planOf(HEADER, { exclude: ['secret_t'] }, skipFields);
  });
  const fields = (name: string) => p.plan.skippedFields.get(p.id(name, 'record'));

  it('skips a field without an exact JS representation (CI013), also as an array element', function () {
    const skip = fields('mixed')?.get('precise');
    expect(skip?.reason).to.deep.include({ kind: 'unsupported-type', spelling: '__float128' });
    expect(skip?.diagnostic.code).to.equal('CI013');
    expect(fields('mixed')?.get('pair')?.reason.kind).to.equal('unsupported-type');
    expect(skip?.diagnostic.message).to.match(/^field 'mixed\.precise' uses a type the runtime cannot carry/);
  });

  it('skips a field whose type is excluded (CI014, not a type message)', function () {
    const skip = fields('mixed')?.get('secret');
    expect(skip?.reason).to.deep.equal({ kind: 'needs', dep: p.id('secret_t') });
    expect(skip?.diagnostic.message).to.equal("field 'mixed.secret' depends on 'secret_t', which is skipped");
  });

  it('keeps plain fields, function pointers and a flexible array member', function () {
    expect([...fields('mixed')!.keys()].sort()).to.deep.equal(['pair', 'precise', 'secret']);
  });

  it('keeps the record itself, and leaves records without problems out of the map', function () {
    expect(p.plan.skipped.has(p.id('mixed', 'record'))).to.equal(false);
    expect(fields('plain')).to.equal(undefined);
  });

  it('never looks inside a record the plan holds opaque', function () {
    expect(p.plan.opaque.has(p.id('hidden', 'record'))).to.equal(true);
    expect(fields('hidden')).to.equal(undefined);
    const mixed = p.id('mixed', 'record');
    const opaque = skipFields(p.ctx, { ...p.plan, opaque: new Set([mixed]), skippedFields: new Map() });
    expect(opaque.skippedFields.has(mixed)).to.equal(false);
  });

  it('adds one diagnostic per skipped field', function () {
    const fieldCodes = p.plan.diagnostics.filter((d) => d.message.startsWith('field ')).map((d) => d.code);
    expect(fieldCodes).to.deep.equal(['CI013', 'CI014', 'CI013']);
  });
});
