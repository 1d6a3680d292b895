// Every odd name is an ordinary field, function or constant; objects keep their prototypes.
import { expect } from 'chai';

const FIELDS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'get',
  'set',
  'value',
  'address',
  'add',
  'equals',
  'delete',
  'class',
  'function',
];

// C fields whose names start with $ take one more $ in JS: the view's own state keeps the others.
const DOLLAR = ['$v', '$a', '$o', '$x', '$t', '$n', '$member', '$elementView', '$$v', '$', 'plain$'];
const dollarKey = (name) => (name.startsWith('$') ? `$${name}` : name);

function checkDollarFields(ffi, lib) {
  const d = ffi.new('struct n_dollar *');
  DOLLAR.forEach((f, i) => {
    d[dollarKey(f)] = i + 1;
  });
  DOLLAR.forEach((f, i) => expect(d[dollarKey(f)], f).to.equal(i + 1));
  expect(lib.n_dollar_sum(d)).to.equal(DOLLAR.reduce((sum, _, i) => sum + (i + 1) * 2 ** i, 0));
  // the view still works as a view: copied, initialised by name and by position, passed to C
  const e = ffi.new('struct n_dollar *', d);
  expect(e.$$v).to.equal(1);
  const byName = ffi.new('struct n_dollar *', { $$v: 1, $$$v: 1, plain$: 1 });
  expect(lib.n_dollar_sum(byName)).to.equal(1 + 256 + 1024);
  const byPosition = ffi.new('struct n_dollar *', [1, 1]);
  expect(lib.n_dollar_sum(byPosition)).to.equal(3);
  expect(ffi.sizeof('struct n_dollar')).to.equal(4 * DOLLAR.length);
  // no name the runtime keeps for itself starts with $$, so no escaped field can take one
  for (let o = Object.getPrototypeOf(Object.getPrototypeOf(d)); o; o = Object.getPrototypeOf(o))
    expect(Object.getOwnPropertyNames(o).filter((k) => k.startsWith('$$'))).to.deep.equal([]);
  expect(Object.getOwnPropertyNames(d).filter((k) => k.startsWith('$$'))).to.deep.equal([]);
}

export default function check({ ffi, lib }) {
  checkDollarFields(ffi, lib);
  const c = ffi.new('struct constructor *');
  FIELDS.forEach((f, i) => {
    c[f] = 1 << i;
  });
  FIELDS.forEach((f, i) => expect(c[f], f).to.equal(1 << i));
  expect(lib.n_sum_fields(c)).to.equal(2 ** FIELDS.length - 1);
  expect(lib.delete(c)).to.equal(1 + 2 + (1 << FIELDS.indexOf('delete')));
  // the view is still an object with a prototype, and ffi still sees it as a cdata
  expect(Object.getPrototypeOf(c)).to.not.equal(null);
  expect(ffi.typeof(c).cname).to.equal('struct constructor *');
  expect(ffi.sizeof(c)).to.equal(4 * FIELDS.length);
  // a JSON initialiser with an own '__proto__' key sets the field, not the prototype
  const fromJson = ffi.new('struct constructor *', JSON.parse('{"__proto__": 5, "constructor": 6}'));
  expect([fromJson.__proto__, fromJson.constructor]).to.deep.equal([5, 6]);
  expect(ffi.typeof(fromJson).cname).to.equal('struct constructor *');

  expect(lib.yield(1, 2, 3)).to.equal(123);
  expect(lib.__proto__(1)).to.equal(3);
  expect(lib.toString(2)).to.equal(6);
  expect(lib.hasOwnProperty(2)).to.equal(1);
  expect(lib.n_this(1)).to.equal(2);
  expect(Object.getPrototypeOf(lib)).to.not.equal(undefined);

  expect(lib.function).to.equal(1);
  expect(lib.var).to.equal(2);
  expect(lib.let).to.equal(3);
  expect(lib.typeof_).to.equal(4);
  expect(lib.isPrototypeOf).to.equal(7);
  expect(lib.instanceof).to.equal(8);
  expect(lib.N_STR).to.equal('a"b\\c */ d ${x} `q` \n end');
  expect(lib.N_COMMENT).to.equal('*/ alert(1); /*');
  expect(lib.arguments).to.equal(3);
  expect(lib.eval).to.equal(4);
  lib.eval = 5;
  expect(lib.eval).to.equal(5);
}
