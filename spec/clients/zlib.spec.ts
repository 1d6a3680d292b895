/**
 * A real zlib client against the whole zlib.h (no --only), typed under tsc --strict: the
 * function-like macros deflateInit and inflateInit called as functions, data round-tripped.
 */
import { expect } from 'chai';
import { importModule, runClient } from './run-client.js';

describe('client: zlib, the whole zlib.h', function () {
  let dir = '';

  before(async function () {
    this.timeout(300000);
    dir = await importModule('zlib', 'zlib', ['zlib.h', '-l', 'z']);
  });

  it('round-trips data through the deflateInit and inflateInit macros', function () {
    expect(runClient(dir, 'zlib')).to.deep.equal({
      deflated: true,
      inflated: true,
      same: true,
      smaller: true,
      version: true,
    });
  });
});
