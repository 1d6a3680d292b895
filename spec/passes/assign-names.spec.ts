/** assignNames: JS names for values, TypeScript-safe names for types, clashes resolved with CI020. */
import { expect } from 'chai';
import type { Decl } from '../../src/ir/index.js';
import { assignNames } from '../../src/passes/assign-names.js';
import { isReservedWord, RESERVED_WORDS } from '../../src/passes/index.js';
import { planOf, type Planned } from './plan-of.js';

const HEADER = `int compress(int level);
#define compress 7
#define LEVEL 3
enum level { LOW, HIGH };
#define HIGH 9
struct delete { int v; };
typedef int delete;
typedef int number;
typedef int rt;
struct node { struct node *next; };
typedef struct node node;
struct box { struct { int a; } first; struct { int b; } second; };
`;

describe('pass assignNames', function () {
  let p: Planned;
  before(function () {
    p = planOf(HEADER, {}, assignNames);
  });
  const name = (n: string, kind?: Decl['kind']) => p.plan.names.get(p.id(n, kind));

  it('keeps C names for values on lib', function () {
    expect(name('compress', 'function')).to.equal('compress');
    expect(name('LEVEL')).to.equal('LEVEL');
  });

  it('gives a clashing value to the function, skipping the macro (CI020)', function () {
    const skip = p.plan.skipped.get(p.id('compress', 'macro'));
    expect(skip?.reason).to.deep.equal({ kind: 'name-taken', by: p.id('compress', 'function') });
    expect(skip?.diagnostic.code).to.equal('CI020');
    expect(skip?.diagnostic.message).to.equal(
      "macro 'compress' is not exported: the name is taken by function 'compress'",
    );
    expect(p.plan.diagnostics).to.include(skip!.diagnostic);
  });

  it('lets an enum constant win over a macro of the same name', function () {
    expect(p.plan.skipped.get(p.id('HIGH', 'macro'))?.reason).to.deep.equal({ kind: 'name-taken', by: p.id('level') });
  });

  it('prefixes record and enum types, and appends _ to reserved words', function () {
    expect(name('level')).to.equal('enum_level');
    expect(name('delete', 'record')).to.equal('struct_delete');
    expect(name('delete', 'typedef')).to.equal('delete_');
    expect(name('number')).to.equal('number_');
    expect(name('rt')).to.equal('rt_');
    expect(name('node', 'record')).to.equal('struct_node');
    expect(name('node', 'typedef')).to.equal('node');
  });

  it('keeps two anonymous records on one line apart', function () {
    const anon = p.ir.decls.filter((d) => d.kind === 'record' && d.name === '').map((d) => p.plan.names.get(d.id));
    expect(anon).to.deep.equal(['struct_anon_record_12', 'struct_anon_record_12_2']);
  });
});

describe('the reserved-word list', function () {
  it('holds the words both former lists held (type names and emitted parameters)', function () {
    const typeNames = 'default delete number string symbol bigint object never unknown undefined type as async await';
    const params = 'arguments eval yield let static implements interface package private protected public rt';
    for (const w of `${typeNames} ${params}`.split(' ')) expect(isReservedWord(w), w).to.equal(true);
  });

  it('holds nothing that is a fine identifier', function () {
    for (const w of ['constructor', 'proto', 'value', 'z_stream', 'int']) expect(isReservedWord(w), w).to.equal(false);
    expect([...RESERVED_WORDS].every((w) => /^[a-z]+$/.test(w))).to.equal(true);
  });
});
