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

export default function check({ ffi, lib }) {
  const c = ffi.new('struct constructor *');
  FIELDS.forEach((f, i) => {
    c[f] = 1 << i;
  });
  FIELDS.forEach((f, i) => expect(c[f], f).to.equal(1 << i));
  expect(lib.n_sum_fields(c)).to.equal(2 ** FIELDS.length - 1);
  expect(lib.delete(c)).to.equal(1 + 2 + (1 << FIELDS.indexOf('delete')));
  // the view is still an object with a prototype, and ffi still sees it as a cdata
  expect(Object.getPrototypeOf(c)).to.not.equal(null);
  expect(ffi.typeof(c)).to.equal('struct constructor *');
  expect(ffi.sizeof(c)).to.equal(4 * FIELDS.length);
  // a JSON initialiser with an own '__proto__' key sets the field, not the prototype
  const fromJson = ffi.new('struct constructor *', JSON.parse('{"__proto__": 5, "constructor": 6}'));
  expect([fromJson.__proto__, fromJson.constructor]).to.deep.equal([5, 6]);
  expect(ffi.typeof(fromJson)).to.equal('struct constructor *');

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
