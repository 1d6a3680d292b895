// An opaque type crosses as a pointer; allocating, sizing or reading into one is an Error that says
// the type is opaque and what to do instead.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const h = lib.ot_open(41);
  expect(ffi.typeof(h).cname).to.equal('struct ot_handle *');
  expect(lib.ot_value(h)).to.equal(41);
  const holder = ffi.new('struct ot_holder *', { h, tag: 1 });
  expect(lib.ot_holder_value(holder)).to.equal(42);
  expect(holder.h.equals(h)).to.equal(true);

  const opaque = /'struct ot_handle' is opaque; .*declared but not defined.*use pointers to it/;
  expect(() => ffi.new('struct ot_handle *')).to.throw(TypeError, opaque);
  expect(() => ffi.new('ot_handle *')).to.throw(TypeError, opaque);
  expect(() => ffi.sizeof('ot_handle')).to.throw(TypeError, opaque);
  expect(() => h.value).to.throw(TypeError, opaque);
  expect(() => {
    h.value = 1;
  }).to.throw(TypeError, opaque);
  expect(() => ffi.offsetof('struct ot_handle', 'value')).to.throw(TypeError, opaque);
  expect(() => h[0]).to.throw(TypeError, /opaque/);
  expect(() => ffi.new('struct ot_other *')).to.throw(TypeError, /'struct ot_other' is opaque/);
  // a pointer to a pointer to one is fine
  const pp = ffi.new('ot_handle *[1]', [h]);
  expect(lib.ot_value(pp[0])).to.equal(41);
  lib.ot_close(h);
}
