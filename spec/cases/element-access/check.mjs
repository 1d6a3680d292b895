// p[i] reads and writes the i-th element behind any pointer and of every array, checked as field writes are.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  // ffi.new arrays: [i], .length, writes seen by C, bounds errors naming the type, the index and the length
  const a = ffi.new('int[4]', [1, 2, 3, 4]);
  expect(a.length).to.equal(4);
  expect([a[0], a[3]]).to.deep.equal([1, 4]);
  a[3] = 40;
  expect(lib.ea_sum(a, 4)).to.equal(46n);
  expect(a.get(3)).to.equal(40);
  expect(() => a[4]).to.throw(RangeError, /'int\[4\]'.*0 <= index < 4, got 4/);
  expect(() => {
    a[4] = 1;
  }).to.throw(RangeError, /'int\[4\]'.*got 4/);
  expect(() => a[-1]).to.throw(RangeError, /non-negative integer for cdata 'int\[4\]', got -1/);
  expect(() => a[1.5]).to.throw(RangeError, /got 1\.5/);
  expect(() => {
    a[-1] = 0;
  }).to.throw(RangeError);
  expect(() => a[NaN]).to.throw(RangeError);
  // writes are checked as field writes are
  expect(() => {
    a[0] = 2 ** 31;
  }).to.throw(RangeError, /^element 0 of 'int\[4\]': integer 2147483648 does not fit 'int'/);
  expect(() => {
    a[0] = 'x';
  }).to.throw(TypeError, /expected an integer/);
  expect(() => {
    a[0] = 1.5;
  }).to.throw(RangeError, /not an integer/);
  expect(a[0]).to.equal(1);
  // other properties keep working
  expect(a.add(1)[0]).to.equal(2);
  expect(ffi.typeof(a.add(1)).cname).to.equal('int *');
  expect(a.add(1).get(2)).to.equal(40);
  expect(() => a.add(1)[3]).to.throw(RangeError, /'int \*'.*0 <= index < 3, got 3/);
  expect(a.nosuch).to.equal(undefined);
  expect(() => {
    a.nosuch = 1;
  }).to.throw(TypeError, /no property 'nosuch'/);
  expect(String(a)).to.match(/^<cdata 'int \*' 0x/);
  expect(Object.prototype.hasOwnProperty.call(a, '0')).to.equal(false);

  // for…of, spreading, ffi.unpack (a copy)
  const seen = [];
  for (const v of a) seen.push(v);
  expect(seen).to.deep.equal([1, 2, 3, 40]);
  expect([...a]).to.deep.equal([1, 2, 3, 40]);
  const copy = ffi.unpack(a, 4);
  a[0] = 100;
  expect(copy).to.deep.equal([1, 2, 3, 40]);

  // one-element pointers (out-parameters): p[0], bounded by their memory
  const count = ffi.new('int *');
  const mean = ffi.new('double *');
  expect(lib.ea_count_out(count, mean)).to.equal(0);
  expect([count[0], mean[0]]).to.deep.equal([3, 2.5]);
  count[0] = 5;
  expect(count.value).to.equal(5);
  expect(() => count[1]).to.throw(RangeError, /'int \*'.*0 <= index < 1, got 1/);

  // the T ** out-parameter pattern
  const ph = ffi.new('ea_handle **');
  expect(lib.ea_open('db', ph)).to.equal(0);
  const h = ph[0];
  expect(ffi.typeof(h).cname).to.equal('struct ea_handle *');
  expect(lib.ea_name(h)).to.equal('db');
  expect(() => h[0]).to.throw(TypeError, /opaque/);
  expect(lib.ea_close(h)).to.equal(0);
  expect(lib.ea_open('', ph)).to.equal(1);
  expect(ph[0]).to.equal(null);
  // a pointer element takes a pointer of its type or null, nothing else
  ph[0] = h;
  expect(ph[0].equals(h)).to.equal(true);
  ph[0] = null;
  expect(ph[0]).to.equal(null);
  expect(() => {
    ph[0] = count;
  }).to.throw(TypeError, /expected 'struct ea_handle \*', got cdata 'int \*'/);

  // NULL throws before reading
  const nul = ffi.cast('int *', 4).add(-1);
  expect(() => nul[0]).to.throw(TypeError, /null pointer/);
  expect(() => {
    nul[0] = 1;
  }).to.throw(TypeError, /null pointer/);

  // multi-dimensional arrays: named as written, m[i][j]
  const m = ffi.new('int[2][3]', [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  expect(ffi.typeof(m).cname).to.equal('int[2][3]');
  expect(ffi.typeof(m[1]).cname).to.equal('int[3]');
  expect(m.length).to.equal(2);
  expect(m[1].length).to.equal(3);
  expect(m[1][2]).to.equal(6);
  m[0][1] = 20;
  expect(lib.ea_grid_sum(m)).to.equal(1 + 2 * 20 + 3 * 3 + 4 * 11 + 5 * 12 + 6 * 13);
  expect([...m].map((row) => [...row])).to.deep.equal([
    [1, 20, 3],
    [4, 5, 6],
  ]);
  expect(() => m[2]).to.throw(RangeError, /'int\[2\]\[3\]'.*got 2/);
  expect(() => m[0][3]).to.throw(RangeError, /'int\[3\]'.*got 3/);
  m[1] = [7, 8];
  expect([...m[1]]).to.deep.equal([7, 8, 0]);
  expect(ffi.sizeof('int[2][3]')).to.equal(24);

  // arrays of every element kind inside a record, filled by C
  const t = ffi.new('struct ea_table *');
  lib.ea_fill_table(t);
  expect(t.cells[1][2]).to.equal(5);
  expect(t.big[0]).to.equal(2n ** 64n - 1n);
  expect(t.big[1]).to.equal(2n ** 62n + 1n);
  t.big[0] = 5;
  expect(lib.ea_big_sum(t.big, 2)).to.equal(2n ** 62n + 6n);
  expect(() => {
    t.big[0] = -1n;
  }).to.throw(RangeError);
  expect(t.pts[1].x).to.equal(11);
  t.pts[0].y = 100;
  t.pts[1] = { x: 1 };
  expect(t.pts[1].y).to.equal(0);
  expect(t.names[0]).to.equal('alpha');
  expect(t.names[1]).to.equal(null);
  t.names[1] = 'beta';
  expect(t.names[1]).to.equal('beta');
  expect(lib.ea_names_len(t.names, 2)).to.equal(9);
  expect(t.flags[2]).to.equal(true);
  t.flags[0] = true;
  expect(() => {
    t.flags[1] = 2;
  }).to.throw(RangeError);
  expect(t.weights[1]).to.equal(0.25);
  expect(() => t.weights[2]).to.throw(RangeError, /'double\[2\]'/);
  // a pointer field indexes the C memory it points to (length unknown: unchecked, as in C)
  expect([t.row[0], t.row[2]]).to.deep.equal([7, 9]);
  expect(lib.ea_table_sum(t)).to.equal(15 + 100 + 1 + 0 + 200);
  // records of an array are live views, and a copy by value from another record
  const p = ffi.new('struct ea_point *', { x: 3, y: 4 });
  t.pts[0] = p;
  expect(t.pts[0].y).to.equal(4);
  expect(p[0].x).to.equal(3);
  expect(() => p[1]).to.throw(RangeError, /0 <= index < 1, got 1/);
  const pts = ffi.new('struct ea_point[2]', [{ x: 1 }, { x: 2, y: 3 }]);
  expect(pts[1].y).to.equal(3);
  expect(ffi.unpack(pts, 2).map((q) => q.x)).to.deep.equal([1, 2]);
  const unpacked = ffi.unpack(pts, 2);
  pts[0].x = 50;
  expect(unpacked[0].x).to.equal(1);

  // C memory behind a pointer result
  const s = lib.ea_static();
  expect([s[0], s[3]]).to.deep.equal([1, 4]);
  s[1] = 20;
  expect(lib.ea_static_sum()).to.equal(1 + 20 + 3 + 4);

  // arrays in a record in C memory: views into the record's memory, read and written live
  const ct = lib.ea_static_table();
  expect(ct.cells[1][2]).to.equal(5);
  expect(ct.pts[1].y).to.equal(12);
  ct.cells[0][0] = 1000;
  ct.pts[0].x = 2000;
  ct.pts[1] = { x: 1, y: 2 };
  expect(lib.ea_table_sum(ct)).to.equal(1000 + 15 + 2000 + 3 + 100);
  expect(ct.names[0]).to.equal('alpha');
  expect(() => ct.cells[2]).to.throw(RangeError, /'int\[2\]\[3\]'.*got 2/);
  expect([...ct.weights]).to.deep.equal([0, 0.25]);
  expect(ct.row[1]).to.equal(8);
  expect(ct[0].cells[1][1]).to.equal(4);

  // array globals are live views with a length
  expect(lib.ea_scores.length).to.equal(4);
  expect(lib.ea_scores[2]).to.equal(30);
  lib.ea_scores[0] = 11;
  lib.ea_matrix[1][0] = 5;
  expect(lib.ea_scores_sum()).to.equal(11 + 20 + 30 + 40 + 5);
  expect([...lib.ea_matrix[0]]).to.deep.equal([1, 2]);
  expect(() => lib.ea_scores[4]).to.throw(RangeError, /'int\[4\]'.*got 4/);

  // released memory throws instead of reading
  const r = ffi.new('int[2]', [1, 2]);
  const tail = r.add(1);
  expect(r[1]).to.equal(2);
  ffi.release(r);
  expect(() => r[0]).to.throw(TypeError, /released/);
  expect(() => tail[0]).to.throw(TypeError, /released/);
  expect(() => r.get(0)).to.throw(TypeError, /released/);
}
