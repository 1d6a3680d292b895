/**
 * src/compile with the real compiler: node_api.h is found the same way by the module build and by
 * the libclang binding's install script; binding.gyp carries the flags the module build really
 * passed to the compiler (seen by a logging $CC in front of cc); the cache reuses an unchanged
 * build without running the compiler, and builds again when the source or a flag changes.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModule } from '../src/compile/index.js';
import { findNodeApiInclude, nodeApiIncludeCandidates, sanitizeFlags } from '../src/compile/toolchain.mjs';
import { resolveConfig, type Config } from '../src/config/index.js';
import { cli, ROOT, scratch } from './helpers/run.js';

/** The part of binding.gyp's target that carries flags. */
interface GypTarget {
  cflags: string[];
  libraries: string[];
}

/** Runs `body` with `$CC` set to `cc`, then puts the old value back. */
async function withCC<T>(cc: string, body: () => Promise<T>): Promise<T> {
  const old = process.env.CC;
  process.env.CC = cc;
  try {
    return await body();
  } finally {
    if (old === undefined) delete process.env.CC;
    else process.env.CC = old;
  }
}

describe('src/compile: toolchain, recipe and cache', function () {
  const dir = scratch('compile');
  const out = path.join(dir, 'm');
  const log = path.join(dir, 'cc.log');
  const loggingCC = path.join(dir, 'logging-cc');
  let config: Config;

  before(function () {
    const r = cli(
      ['math.h', '--only', 'cbrt', '-l', 'm', '-D', 'CFFI_SPEC=1', '-o', './m', '--name', 'm', '--no-build'],
      dir,
    );
    expect(r.status, r.stderr).to.equal(0);
    config = resolveConfig(
      { headers: ['math.h'], only: ['cbrt'], l: ['m'], D: ['CFFI_SPEC=1'], out: './m', name: 'm' },
      dir,
    );
    // a real cc behind a script that records each command line (one argument a line, `--` after each)
    fs.writeFileSync(loggingCC, `#!/bin/sh\n{ printf '%s\\n' "$@"; echo --; } >> '${log}'\nexec cc "$@"\n`);
    fs.chmodSync(loggingCC, 0o755);
  });

  it('finds node_api.h, $NODE_API_INCLUDE first, as the install script does', async function () {
    const found = findNodeApiInclude();
    expect(found, nodeApiIncludeCandidates().join(', ')).to.be.a('string');
    expect(fs.existsSync(path.join(found!, 'node_api.h'))).to.equal(true);
    const candidates = nodeApiIncludeCandidates({ NODE_API_INCLUDE: '/opt/napi', npm_config_nodedir: '/opt/node' });
    expect(candidates[0]).to.equal('/opt/napi');
    expect(candidates).to.include('/opt/node/include/node');
    // a folder without node_api.h is passed over
    expect(findNodeApiInclude({ NODE_API_INCLUDE: dir })).to.equal(found);
    const installScript = pathToFileURL(path.join(ROOT, 'native', 'build.mjs')).href;
    const { findNodeHeaders } = (await import(installScript)) as { findNodeHeaders: () => string };
    expect(findNodeHeaders()).to.equal(found);
  });

  it("binding.gyp's flags are those the module build passes to the compiler and the linker", async function () {
    fs.rmSync(log, { force: true });
    const built = await withCC(loggingCC, () => buildModule(config));
    expect(built.node).to.equal(path.join(out, 'm.node'));
    const commands = fs
      .readFileSync(log, 'utf8')
      .split('--\n')
      .filter(Boolean)
      .map((c) => c.split('\n').slice(0, -1));
    const compile = commands.find((c) => c.includes('-c'))!;
    const link = commands.find((c) => c.includes(built.node))!;
    const target = (JSON.parse(fs.readFileSync(path.join(out, 'binding.gyp'), 'utf8')) as { targets: GypTarget[] })
      .targets[0]!;
    expect(target.cflags).to.include('-DCFFI_SPEC=1');
    // in the same order; what binding.gyp leaves out is what node-gyp adds itself
    const inRecipe = compile.filter((a) => target.cflags.includes(a));
    expect(inRecipe).to.deep.equal(target.cflags);
    // under `npm run test:asan` the compiler command also carries the sanitizer flags (docs/sanitizers.md)
    const leftOut = compile.filter((a) => !target.cflags.includes(a) && !sanitizeFlags().includes(a));
    const nodeApi = findNodeApiInclude()!;
    const source = path.join(out, 'm.c');
    expect(leftOut.slice(0, -1)).to.deep.equal([
      '-O1',
      '-fPIC',
      '-w',
      `-I${out}`,
      '-idirafter',
      nodeApi,
      '-c',
      source,
      '-o',
    ]);
    expect(leftOut.at(-1)).to.match(/m\.\w+\.o\.\d+\.tmp$/);
    expect(link.slice(-target.libraries.length)).to.deep.equal(target.libraries);
    expect(target.libraries).to.deep.equal(['-Wl,--no-as-needed', '-lm', '-lm']);
  });

  it('reuses an unchanged build without running the compiler', async function () {
    const node = path.join(out, 'm.node');
    const before = fs.statSync(node).mtimeMs;
    fs.rmSync(log, { force: true });
    const built = await withCC(loggingCC, () => buildModule(config));
    expect(built.node).to.equal(node);
    expect(fs.existsSync(log), 'the compiler ran').to.equal(false);
    expect(fs.statSync(node).mtimeMs).to.equal(before);
  });

  it('builds again when the source or a flag changes', async function () {
    // each change against the build just before it: the stamp holds the last build's hash only
    fs.rmSync(log, { force: true });
    fs.appendFileSync(path.join(out, 'm.c'), '\n/* changed */\n');
    await withCC(loggingCC, () => buildModule(config));
    expect(fs.readFileSync(log, 'utf8')).to.contain(path.join(out, 'm.c'));
    fs.rmSync(log, { force: true });
    const changedFlag = { ...config, cflags: [...config.cflags, '-DCFFI_SPEC_OTHER=1'] };
    await withCC(loggingCC, () => buildModule(changedFlag));
    expect(fs.readFileSync(log, 'utf8')).to.contain('-DCFFI_SPEC_OTHER=1');
  });
});
