/**
 * The default selection on real headers (no --only): the named headers and the library's own
 * sub-headers, a C library header's implementation parts, nothing of other libraries; a selection
 * that generates nothing is an error. dump-ir is enough: the build adds nothing to what is chosen.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cli, ROOT, scratch } from './helpers/run.js';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Dumped {
  ir: { scope: string[]; decls: { id: string; kind: string; name: string; location: { file: string } }[] };
  plan: { selected: string[] };
}

describe('default selection on real headers', function () {
  this.timeout(120000);
  const dir = scratch('selection');
  const dump = (args: string[]): Dumped => {
    // a whole library's IR is tens of megabytes: more than spawnSync buffers by default
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'dump-ir', ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    expect(r.status, r.stderr).to.equal(0);
    return JSON.parse(r.stdout) as Dumped;
  };
  const selected = (d: Dumped, kind?: string) => {
    const s = new Set(d.plan.selected);
    return d.ir.decls.filter((x) => s.has(x.id) && (kind === undefined || x.kind === kind));
  };
  const names = (d: Dumped, kind?: string) => selected(d, kind).map((x) => x.name);

  it('zlib.h takes zconf.h, its own sub-header: MAX_WBITS and z_off_t come, limits.h does not', function () {
    const d = dump(['zlib.h']);
    expect(names(d)).to.include.members(['deflate', 'Z_OK', 'MAX_WBITS', 'z_off_t']);
    expect(d.ir.scope.map((f) => path.basename(f))).to.deep.equal(['zlib.h', 'zconf.h']);
    expect(names(d)).to.not.include('INT_MAX');
  });

  it('errno.h gives ENOENT (asm-generic/errno-base.h), signal.h SIGINT (bits/signum-generic.h)', function () {
    expect(names(dump(['errno.h']))).to.include.members(['ENOENT', 'EAGAIN']);
    expect(names(dump(['signal.h']))).to.include.members(['SIGINT', 'SIGTERM', 'kill']);
  });

  it('openssl/ssl.h takes the openssl/*.h it includes, nothing of the system headers', function () {
    const d = dump(['openssl/ssl.h']);
    const fns = selected(d, 'function');
    expect(fns.map((f) => f.name)).to.include.members(['SSL_new', 'BIO_new', 'EVP_DigestInit_ex', 'X509_free']);
    expect(fns.filter((f) => !f.location.file.includes('/openssl/')).map((f) => f.name)).to.deep.equal([]);
    expect(fns.map((f) => f.name)).to.not.include.members(['malloc', 'fopen', 'pthread_create']);
  });

  it('gtk/gtk.h (pkg-config gtk4) takes gtk_* functions, not glib g_* ones', function () {
    if (spawnSync('pkg-config', ['--exists', 'gtk4']).status !== 0) {
      console.log('      (skipped: pkg-config does not know gtk4; apt-get install libgtk-4-dev)');
      return this.skip();
    }
    const fns = names(dump(['gtk/gtk.h', '--pkg', 'gtk4']), 'function');
    expect(fns).to.include.members(['gtk_widget_show', 'gtk_window_new', 'gtk_button_new_with_label']);
    expect(fns.filter((n) => /^g_/.test(n))).to.deep.equal([]);
    expect(fns).to.not.include('gdk_display_get_default');
  });

  it('--header-glob widens the default to another folder', function () {
    const d = dump(['zlib.h', '--header-glob', '**/limits.h']);
    expect(names(d)).to.include.members(['MAX_WBITS', 'INT_MAX']);
  });

  it('the summary says which headers were taken and which constant families --only left out', function () {
    const r = cli(['zlib.h', '--only', 'deflate*', '--no-build', '-o', path.join(dir, 'z')], dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stderr).to.contain('headers:   zlib.h, zconf.h');
    expect(r.stderr).to.match(/Z_\* — \d+ constants, .*MAX_\* — 2 constants not selected/);
  });

  it('stops (CI026) when the selection generates nothing, saying what to do', function () {
    fs.writeFileSync(path.join(dir, 'umbrella.h'), '#include <zlib.h>\n');
    const r = cli(['./umbrella.h', '--no-build'], dir);
    expect(r.status).to.equal(1);
    expect(r.stderr).to.match(/CI026: nothing to generate: .*headers taken: umbrella\.h\).*--only.*--header-glob/);
  });
});
