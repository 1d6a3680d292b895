// __int128 crosses as an exact bigint both ways, range-checked; fields and globals read two 64-bit halves.
import { expect } from 'chai';

const MAX = 2n ** 127n - 1n;
const MIN = -(2n ** 127n);
const UMAX = 2n ** 128n - 1n;

export default function check({ ffi, lib }) {
  checkInt128(ffi, lib);
  checkLongDouble(ffi, lib);
  checkComplex(ffi, lib);
  checkOthers(ffi, lib);
}

// wchar_t, char16_t, char32_t, ssize_t, ptrdiff_t are integers; __float128 and vectors are skipped
// (_Float16: this clang refuses it on x86-64).
function checkOthers(ffi, lib) {
  expect(lib.w_wchar(0x1f600)).to.equal(0x1f601);
  expect(lib.w_wchar(-2)).to.equal(-1);
  expect(lib.w_char16(0xfffe)).to.equal(0xffff);
  expect(() => lib.w_char16(0x10000)).to.throw(RangeError, /w_char16/);
  expect(lib.w_char32(0xfffffffe)).to.equal(0xffffffff);
  expect(() => lib.w_char32(-1)).to.throw(RangeError);
  expect(lib.w_ssize(0n)).to.equal(-1n);
  expect(lib.w_ptrdiff(-(2n ** 61n))).to.equal(-(2n ** 62n));
  expect(lib).to.not.have.property('w_quad');
  expect(lib).to.not.have.property('w_vec');
  const e = ffi.new('struct w_exotic *', { first: 1, last: 9 });
  expect(lib.w_exotic_last(e)).to.equal(9);
  for (const f of ['quad', 'vec']) expect(() => e[f]).to.throw(TypeError, new RegExp(`no field '${f}'`));
}

// _Complex float/double cross as { re, im }; a complex field is skipped, its record keeps the others.
function checkComplex(ffi, lib) {
  // (1 + 2i)(3 + 4i) = -5 + 10i
  expect(lib.w_cmul({ re: 1, im: 2 }, { re: 3, im: 4 })).to.deep.equal({ re: -5, im: 10 });
  expect(lib.w_cmulf({ re: 1.5, im: -2 }, { re: 2, im: 0.5 })).to.deep.equal({ re: 4, im: -3.25 });
  // float parts round as C converts them
  expect(lib.w_cmulf({ re: 0.1, im: 0 }, { re: 1, im: 0 }).re).to.equal(Math.fround(0.1));
  expect(lib.w_creal({ re: 2.5, im: -7 })).to.equal(2.5);
  expect(lib.w_cimag({ re: 2.5, im: -7 })).to.equal(-7);
  expect(() => lib.w_cmul({ re: 1 }, { re: 3, im: 4 })).to.throw(
    TypeError,
    /w_cmul\(\): argument 'a'.*_Complex double/,
  );
  expect(() => lib.w_cmul(1, { re: 3, im: 4 })).to.throw(TypeError, /\{ re, im \}/);
  const s = ffi.new('struct w_has_complex *', { before: 1, after: 2 });
  expect(() => s.z).to.throw(TypeError, /no field 'z'/);
  expect(lib.w_after(s)).to.equal(2);
}

// long double: a JS number converts exactly into it; C's value comes back rounded to the nearest double.
function checkLongDouble(ffi, lib) {
  expect(lib.w_ld_third()).to.equal(1 / 3);
  expect(lib.w_ld_triple(0.5)).to.equal(1.5);
  expect(lib.w_ld_is_tiny(2 ** -1074)).to.equal(1);
  expect(lib.w_ld_precise(2 ** 60)).to.equal(1);
  expect(() => lib.w_ld_triple('1')).to.throw(TypeError, /w_ld_triple\(\): argument 'x'.*long double/);
  const r = ffi.new('struct w_reals *');
  r.ld = 2.5;
  r.d = 0.25;
  expect(r.ld).to.equal(2.5);
  expect(lib.w_reals_sum(r)).to.equal(2.75);
  lib.w_reals_set(r, 1e300);
  expect(r.ld).to.equal(1e300);
  lib.w_reals_set(r, -0);
  expect(Object.is(r.ld, -0)).to.equal(true);
  lib.w_reals_set(r, Infinity);
  expect(r.ld).to.equal(Infinity);
  lib.w_reals_set(r, NaN);
  expect(r.ld).to.be.NaN;
  expect(() => {
    r.ld = 'x';
  }).to.throw(TypeError, /w_reals\.ld/);
  expect(lib.w_ld_global).to.equal(0.1);
  lib.w_ld_global = 0.5;
  expect(lib.w_ld_triple(lib.w_ld_global)).to.equal(1.5);
  expect(ffi.sizeof('long double')).to.equal(16);
  const p = ffi.new('long double[2]', [1.25, -3]);
  expect(p[0]).to.equal(1.25);
  expect(p[1]).to.equal(-3);
  expect(lib.w_ld_triple(p[1])).to.equal(-9);
}

function checkInt128(ffi, lib) {
  // results and arguments, at the edges
  expect(lib.w_max_i128()).to.equal(MAX);
  expect(lib.w_min_i128()).to.equal(MIN);
  for (const v of [0n, 1n, -1n, MAX, MIN, 2n ** 64n, -(2n ** 64n) - 7n]) expect(lib.w_echo_i128(v)).to.equal(v);
  for (const v of [0n, UMAX, 2n ** 127n, 2n ** 64n + 3n]) expect(lib.w_echo_u128(v)).to.equal(v);
  expect(lib.w_echo_i128(-42)).to.equal(-42n);
  expect(lib.w_mul_i128(2n ** 62n, 2n ** 62n)).to.equal(2n ** 124n);
  expect(lib.w_mul_i128(-(2n ** 63n), 2n ** 63n - 1n)).to.equal(-(2n ** 63n) * (2n ** 63n - 1n));
  expect(lib.w_low(2n ** 64n + 9n)).to.equal(9n);
  expect(lib.w_high(2n ** 64n + 9n)).to.equal(1n);
  expect(lib.w_high(UMAX)).to.equal(2n ** 64n - 1n);

  // out of range: a RangeError naming the function, the argument and the C type
  expect(() => lib.w_echo_i128(MAX + 1n)).to.throw(RangeError, /w_echo_i128\(\): argument 'x' .*'__int128'/);
  expect(() => lib.w_echo_i128(MIN - 1n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_u128(-1n)).to.throw(RangeError, /w_echo_u128\(\): argument 'x' .*'unsigned __int128'/);
  expect(() => lib.w_echo_u128(UMAX + 1n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_i128(2n ** 200n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_i128(2 ** 60)).to.throw(RangeError, /pass a BigInt/);
  expect(() => lib.w_echo_i128(1.5)).to.throw(RangeError, /not an integer/);
  expect(() => lib.w_echo_i128('1')).to.throw(TypeError, /__int128/);
  expect(lib.w_echo_i128(ffi.cast('__int128', 7n))).to.equal(7n);

  // fields: C reads what JS wrote, JS reads what C wrote
  const p = ffi.new('struct w_pair *');
  p.s = MIN;
  p.u = UMAX;
  expect(p.s).to.equal(MIN);
  expect(p.u).to.equal(UMAX);
  expect(lib.w_pair_sum(p)).to.equal((MIN + UMAX) & UMAX);
  p.s = -3n;
  p.u = 5n;
  expect(lib.w_pair_sum(p)).to.equal(2n);
  expect(() => {
    p.u = -1n;
  }).to.throw(RangeError, /w_pair\.u/);
  const made = lib.w_pair_make(MAX, 2n ** 100n);
  expect(made.tag).to.equal('w'.charCodeAt(0));
  expect(made.s).to.equal(MAX);
  expect(made.u).to.equal(2n ** 100n);

  // globals, live both ways
  expect(lib.w_global).to.equal(-5n);
  lib.w_global = MIN + 1n;
  expect(lib.w_read_global()).to.equal(MIN + 1n);
  expect(() => {
    lib.w_global = MAX + 1n;
  }).to.throw(RangeError);

  // ffi.new and element access
  const q = ffi.new('__int128 *', -(2n ** 100n));
  expect(q[0]).to.equal(-(2n ** 100n));
  q[0] = MAX;
  expect(lib.w_echo_i128(q[0])).to.equal(MAX);
  expect(ffi.sizeof('__int128')).to.equal(16);
  expect(ffi.sizeof('unsigned __int128')).to.equal(16);
  const arr = ffi.new('unsigned __int128[3]', [1n, UMAX, 2n ** 64n]);
  expect(arr[1]).to.equal(UMAX);
  expect(arr[2]).to.equal(2n ** 64n);
  expect(ffi.cast('unsigned __int128', -1n).value).to.equal(UMAX);
}
