// Only what was asked for is in lib; types the selection needs are there to use.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(Object.keys(lib).sort()).to.deep.equal(
    ['DEP_FAST', 'DEP_SLOW', 'SEL_ONE', 'sel_close', 'sel_mode', 'sel_norm', 'sel_open', 'sel_read'].sort(),
  );
  // pulled in by sel_norm: a by-value record and its typedef name
  expect(lib.sel_norm(ffi.new('dep_point_t *', { x: 3, y: 4 }))).to.equal(25);
  expect(ffi.sizeof('struct dep_point')).to.equal(8);
  // pulled in by sel_mode: the enum type, with its constants
  expect(lib.sel_mode(lib.DEP_SLOW)).to.equal(20);
  expect(lib.DEP_FAST).to.equal(1);
  // reached only through pointers, and defined in the header: complete
  const h = lib.sel_open(7);
  expect(lib.sel_read(h)).to.equal(7);
  expect(h.secret).to.equal(7);
  lib.sel_close(h);
}
