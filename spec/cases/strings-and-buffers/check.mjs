// Strings are UTF-8 and NUL-terminated on the C side; buffers cross without a copy.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.t_greeting()).to.equal('hello, strings');
  expect(lib.t_maybe(1)).to.equal('given');
  expect(lib.t_maybe(0)).to.equal(null);

  // char * results are pointers (the caller may own them); ffi.string reads them
  const dup = lib.t_strdup('héllo');
  expect(ffi.typeof(dup).cname).to.equal('char *');
  expect(ffi.string(dup)).to.equal('héllo');
  expect(ffi.string(dup, 1)).to.equal('h');
  lib.t_free(dup);

  // strings are UTF-8 with a NUL; null is NULL
  expect(lib.t_strlen('héllo')).to.equal(6n);
  expect(lib.t_strlen('')).to.equal(0n);
  expect(lib.t_strlen(null)).to.equal(999n);
  expect(() => lib.t_strlen(5)).to.throw(TypeError);

  // void * takes Buffers, typed arrays, ArrayBuffers and strings, without a copy
  expect(lib.t_sum_bytes(Buffer.from([1, 2, 3]), 3)).to.equal(6n);
  expect(lib.t_sum_bytes(new Uint8Array([4, 5]), 2)).to.equal(9n);
  expect(lib.t_sum_bytes(new Uint16Array([0x0102]), 2)).to.equal(3n);
  expect(lib.t_sum_bytes(new Uint8Array([9, 9]).buffer, 2)).to.equal(18n);
  expect(lib.t_sum_bytes(new Uint8Array([1, 2, 3, 4]).subarray(2), 2)).to.equal(7n);
  expect(lib.t_sum_bytes('AB', 2)).to.equal(131n);

  // C writes into a JS buffer: no copy
  const buf = Buffer.from('abc\0');
  lib.t_upper(buf);
  expect(buf.toString('latin1', 0, 3)).to.equal('ABC');
  const chars = ffi.new('char[]', 'mixed Case');
  lib.t_upper(chars);
  expect(ffi.string(chars)).to.equal('MIXED CASE');
  expect(chars.length).to.equal(11);

  // char arrays in records, string fields, raw bytes
  const n = ffi.new('struct t_named *', { name: 'first' });
  expect(ffi.string(n.name)).to.equal('first');
  n.label = 'a label';
  expect(n.label).to.equal('a label');
  expect(lib.t_label_len(n)).to.equal(7n);
  n.label = null;
  expect(lib.t_label_len(n)).to.equal(0n);
  n.raw = new Uint8Array([1, 2, 3, 4]);
  expect([...ffi.unpack(n.raw, 4)]).to.deep.equal([1, 2, 3, 4]);
  expect(Buffer.isBuffer(ffi.unpack(n.name, 2))).to.equal(true);

  // ffi.buffer: a Buffer over the memory itself
  const view = ffi.buffer(n.name, 5);
  expect(view.toString()).to.equal('first');
  view[0] = 'F'.charCodeAt(0);
  expect(ffi.string(n.name)).to.equal('First');

  // ffi.fromBuffer: a void * to a buffer's bytes
  const bytes = Buffer.from([7, 8, 9]);
  expect(lib.t_sum_bytes(ffi.fromBuffer(bytes), 3)).to.equal(24n);

  // memmove between cdata and buffers, bounds-checked on both sides
  const dst = Buffer.alloc(4);
  ffi.memmove(dst, ffi.new('char[]', 'xyz'), 3);
  expect(dst.toString('latin1', 0, 3)).to.equal('xyz');
  expect(() => ffi.memmove(Buffer.alloc(2), ffi.new('char[100]'), 100)).to.throw(RangeError, /exceed/);
  expect(() => ffi.memmove(ffi.new('char[100]'), Buffer.from('ab'), 100)).to.throw(RangeError, /exceed/);
  expect(() => ffi.new('char[2]', 'hello')).to.throw(RangeError, /too long/);
}
