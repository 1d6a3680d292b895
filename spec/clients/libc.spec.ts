/**
 * A real libc client against whole headers (stdio.h, stdlib.h, sys/stat.h, time.h, dirent.h, no
 * --only), typed under tsc --strict: snprintf with int, double and string extras, strtol with a
 * `char **` end pointer, stat agreeing with fs.statSync, localtime_r + strftime, getenv, and
 * opendir/readdir reading d_name.
 */
import { expect } from 'chai';
import { importModule, runClient } from './run-client.js';

const HEADERS = ['stdio.h', 'stdlib.h', 'sys/stat.h', 'time.h', 'dirent.h'];

describe('client: libc, whole stdio.h stdlib.h sys/stat.h time.h dirent.h', function () {
  let dir = '';

  before(async function () {
    this.timeout(300000);
    dir = await importModule('libc', 'libc', HEADERS);
  });

  it('formats, parses, stats, formats a date, reads the environment and a folder', function () {
    process.env.CFFI_CLIENT_VAR = 'from node';
    process.env.TZ = 'UTC';
    const got = runClient(dir, 'libc');
    expect(got).to.deep.equal({
      n: 14,
      printed: '-42|2.500|text',
      parsed: '1234',
      rest: 'xyz',
      statOk: true,
      date: '1971-01-01',
      len: 10,
      home: 'from node',
      nothing: null,
      listed: true,
    });
  });
});
