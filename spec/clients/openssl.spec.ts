/**
 * A real OpenSSL client against openssl/evp.h, typed under tsc --strict: SHA-256
 * through EVP_MD_CTX_new, EVP_DigestInit_ex, EVP_DigestUpdate (twice) and EVP_DigestFinal_ex equals
 * node:crypto's. The digest functions only: the whole header (thousands of functions) takes minutes to
 * compile on a busy machine, and `npm run corpus` imports it whole.
 */
import { expect } from 'chai';
import { importModule, runClient } from './run-client.js';

describe('client: OpenSSL, the EVP digest functions of openssl/evp.h', function () {
  let dir = '';

  before(async function () {
    this.timeout(600000);
    const only = [
      'EVP_MD_CTX_new',
      'EVP_MD_CTX_free',
      'EVP_Digest*',
      'EVP_sha256',
      'EVP_MD_get_size',
      'EVP_MAX_MD_SIZE',
    ];
    dir = await importModule('openssl', 'evp', ['openssl/evp.h', '--only', ...only, '-l', 'crypto']);
  });

  it("computes SHA-256 through the EVP digest functions, equal to node:crypto's", function () {
    expect(runClient(dir, 'openssl')).to.deep.equal({ same: true, len: 32, size: 32 });
  });
});
