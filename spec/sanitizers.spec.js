/**
 * The sanitizer switch (docs/sanitizers.md): `$CFFI_IMPORT_SANITIZE` is read in one place
 * (src/compile/toolchain.mjs), rides on the compiler command of the binding and of every module, and
 * sends the sanitized binding to its own folder.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilerCommand, sanitizeFlags } from '../src/compile/toolchain.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('sanitizer builds ($CFFI_IMPORT_SANITIZE)', function () {
  this.timeout(60000);

  it('adds nothing when unset or empty', function () {
    expect(sanitizeFlags({})).to.deep.equal([]);
    expect(sanitizeFlags({ CFFI_IMPORT_SANITIZE: ' ' })).to.deep.equal([]);
    expect(compilerCommand({ CC: 'gcc -m64' })).to.deep.equal({ cc: 'gcc', args: ['-m64'] });
  });

  it('puts -fsanitize on the compiler command, after the arguments $CC carries', function () {
    const env = { CC: 'ccache gcc', CFFI_IMPORT_SANITIZE: 'address,undefined' };
    const { cc, args } = compilerCommand(env);
    expect(cc).to.equal('ccache');
    expect(args[0]).to.equal('gcc');
    expect(args).to.include('-fsanitize=address,undefined').and.include('-fno-sanitize-recover=all');
  });

  it('refuses anything but a list of sanitizer names', function () {
    for (const bad of ['address;rm', 'address undefined', '-O0', 'address,,undefined'])
      expect(() => sanitizeFlags({ CFFI_IMPORT_SANITIZE: bad }), bad).to.throw(/must list sanitizers/);
  });

  it('builds the sanitized libclang binding apart from the normal one', function () {
    const outDir = (env) =>
      spawnSync(
        process.execPath,
        ['--input-type=module', '-e', "import('./native/build.mjs').then((m) => console.log(m.defaultOutDir))"],
        { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
      ).stdout.trim();
    expect(outDir({ CFFI_IMPORT_SANITIZE: '' })).to.equal(path.join(root, 'native', 'build'));
    expect(outDir({ CFFI_IMPORT_SANITIZE: 'address,undefined' })).to.equal(path.join(root, 'native', 'build-sanitize'));
  });
});
