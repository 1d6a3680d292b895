/**
 * A real OpenSSL client against the whole openssl/evp.h (no --only), typed under tsc --strict: SHA-256
 * through EVP_MD_CTX_new, EVP_DigestInit_ex, EVP_DigestUpdate (twice) and EVP_DigestFinal_ex equals
 * node:crypto's.
 */
import { expect } from 'chai';
import { importModule, runClient } from './run-client.js';

describe('client: OpenSSL, the whole openssl/evp.h', function () {
  let dir = '';

  before(async function () {
    this.timeout(600000);
    dir = await importModule('openssl', 'evp', ['openssl/evp.h', '-l', 'crypto']);
  });

  it("computes SHA-256 through the EVP digest functions, equal to node:crypto's", function () {
    expect(runClient(dir, 'openssl')).to.deep.equal({ same: true, len: 32, size: 32 });
  });
});
