// Globals are the library's own variables: JS writes are seen by C and the other way round.
import { expect } from 'chai';

export default function check({ lib }) {
  expect(lib.g_counter).to.equal(5);
  lib.g_counter = 6;
  expect(lib.g_counter).to.equal(6);
  expect(lib.g_read_counter()).to.equal(6);
  lib.g_bump();
  expect(lib.g_counter).to.equal(7);
  expect(() => {
    lib.g_counter = 2 ** 33;
  }).to.throw(RangeError, /g_counter/);
  expect(() => {
    lib.g_counter = 'x';
  }).to.throw(TypeError);
  expect(lib.g_counter).to.equal(7);

  expect(lib.g_ratio).to.equal(0.25);
  lib.g_ratio = 1.5;
  expect(lib.g_ratio).to.equal(1.5);
  expect(lib.g_big).to.equal(2n ** 64n - 1n);

  // const globals cannot be assigned; a const array reads as a copy, so C's read-only memory is never written
  expect(lib.g_name).to.equal('globals');
  expect(() => {
    lib.g_name = 'other';
  }).to.throw(TypeError);
  expect([...lib.g_table]).to.deep.equal([1, 2, 3, 4]);
  lib.g_table.set(0, 9);
  expect(lib.g_table.get(0)).to.equal(1);

  // record and array globals are live views
  expect(lib.g_config.level).to.equal(3);
  expect(lib.g_config.mode).to.equal('fast');
  lib.g_config.level = 10;
  expect(lib.g_config_level()).to.equal(10);
  lib.g_scores.set(1, 200);
  expect(lib.g_score_sum()).to.equal(240);
  expect(() => lib.g_scores.set(3, 1)).to.throw(RangeError);
}
