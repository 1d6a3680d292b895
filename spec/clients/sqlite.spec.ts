/**
 * A real SQLite client against the whole sqlite3.h (no --only), typed under tsc --strict:
 * `sqlite3 **` out-parameter, sqlite3_bind_int64 with 2^62 + 1 back exactly, sqlite3_bind_text with
 * SQLITE_TRANSIENT, sqlite3_column_text as a JS string, and sqlite3_errmsg's text for bad SQL.
 */
import { expect } from 'chai';
import { importModule, runClient } from './run-client.js';

describe('client: SQLite, the whole sqlite3.h', function () {
  let dir = '';

  before(async function () {
    this.timeout(300000);
    dir = await importModule('sqlite', 'sqlite', ['sqlite3.h', '-l', 'sqlite3']);
  });

  it('opens :memory:, inserts and reads back exactly, reports bad SQL', function () {
    expect(runClient(dir, 'sqlite')).to.deep.equal({
      done: true,
      rows: [[String(2n ** 62n + 1n), 'zoë über']],
      exact: true,
      error: 'SELEC nonsense: near "SELEC": syntax error',
      closed: true,
    });
  });
});
