// Enum constants are exact numbers (or BigInts past 2^53); enum values cross as their integers.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.E_RED).to.equal(-1);
  expect(lib.E_GREEN).to.equal(7);
  expect(lib.E_BLUE).to.equal(8);
  expect(lib.EV_BIG).to.equal(2n ** 64n - 1n);
  expect(lib.E_LARGE).to.equal(2 ** 20);
  expect(lib.E_UNUSED_A).to.equal(3);
  expect(lib.E_ANON).to.equal(12);

  expect(lib.e_color_value(lib.E_GREEN)).to.equal(7);
  expect(lib.e_color_value(lib.E_RED)).to.equal(-1);
  expect(lib.e_next(lib.E_RED)).to.equal(lib.E_GREEN);
  expect(lib.e_next(lib.E_BLUE)).to.equal(lib.E_RED);
  expect(lib.e_bigger(lib.E_SMALL)).to.equal(lib.E_LARGE);
  expect(() => lib.e_color_value('E_RED')).to.throw(TypeError);

  const h = ffi.new('struct e_holder *', { color: lib.E_BLUE, size: lib.E_LARGE });
  expect(lib.e_holder_sum(h)).to.equal(8 + 2 ** 20);
  expect(h.color).to.equal(8);
  expect(ffi.sizeof('enum e_color')).to.equal(4);
  expect(ffi.sizeof('e_size')).to.equal(4);
  // names, as CFFI's ffi.string of an enum cdata: the first of duplicates, digits when no constant has the value
  expect(ffi.string(ffi.cast('enum e_color', 8))).to.equal('E_BLUE');
  expect(ffi.string(7, 'enum e_color')).to.equal('E_GREEN');
  expect(lib.E_VERDANT).to.equal(7);
  expect(ffi.string(lib.e_next(lib.E_BLUE), 'enum e_color')).to.equal('E_RED');
  expect(ffi.string(42, 'enum e_color')).to.equal('42');
  expect(ffi.string(lib.E_LARGE, 'e_size')).to.equal('E_LARGE');
  expect(ffi.string(2n ** 64n - 1n, 'enum e_wide')).to.equal('EV_BIG');
  expect(lib.EV_NEG).to.equal(-(2n ** 63n));
  expect(ffi.string(-(2n ** 63n), 'enum e_signed_wide')).to.equal('EV_NEG');
  expect(ffi.string(5, 'enum e_signed_wide')).to.equal('EV_POS');
  expect(() => ffi.string(1, 'int')).to.throw(TypeError, /not an enum type/);
  expect(() => ffi.string('E_RED', 'enum e_color')).to.throw(TypeError);
  // constants are read-only
  expect(() => {
    lib.E_RED = 5;
  }).to.throw(TypeError);
  expect(lib.E_RED).to.equal(-1);
}
