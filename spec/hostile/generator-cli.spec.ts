/**
 * The CLI against misuse: each row is one command that must end in a clear error (its code, no
 * stack trace, exit code ≠ 0) and touch nothing, or (`ok`) succeed without touching anything
 * outside its output folder. Every row runs in its own child process with a time limit.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scratch } from '../helpers/run.js';
import { cliLimited, isCleanError, snapshot } from './run-case.js';

interface CliCase {
  readonly name: string;
  /** prepares the case's folder (the working folder of the run) and returns the CLI's arguments. */
  readonly args: (dir: string) => string[];
  /** the diagnostic code the message must carry; `ok` when the run must succeed. */
  readonly expect: RegExp | 'ok';
  /** folders whose content must be the same after the run (default: the case's folder, minus `out`). */
  readonly untouched?: (dir: string) => string[];
}

const HEADER = 'int add(int a, int b);\nstruct point { int x, y; };\n#define LIMIT 3\n';
const write = (dir: string, rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
/** A small project: the header, and files a careless `-o .` would replace. */
const project = (dir: string) => {
  write(dir, 'h.h', HEADER);
  write(dir, 'package.json', '{ "name": "mine" }\n');
  write(dir, 'index.js', 'module.exports = 42;\n');
};

const CASES: readonly CliCase[] = [
  { name: '-o . inside a project', args: (d) => (project(d), ['./h.h', '--no-build', '-o', '.']), expect: /CI040/ },
  { name: "-o ''", args: (d) => (project(d), ['./h.h', '--no-build', '-o', '']), expect: /CI006: --out has an empty/ },
  { name: '-o /', args: (d) => (project(d), ['./h.h', '--no-build', '-o', '/']), expect: /CI040.*root/ },
  { name: '-o /proc/x', args: (d) => (project(d), ['./h.h', '--no-build', '-o', '/proc/x']), expect: /CI040.*kernel/ },
  { name: '-o /sys/x/y', args: (d) => (project(d), ['./h.h', '--no-build', '-o', '/sys/x/y']), expect: /CI040/ },
  {
    name: '-o an existing file',
    args: (d) => (project(d), ['./h.h', '--no-build', '-o', 'package.json']),
    expect: /CI040.*existing file/,
  },
  {
    name: '-o below a file',
    args: (d) => (project(d), ['./h.h', '--no-build', '-o', 'package.json/sub']),
    expect: /CI040/,
  },
  {
    name: '-o a folder of someone else',
    args: (d) => (project(d), write(d, 'src/main.c', 'int main;\n'), ['./h.h', '--no-build', '-o', 'src']),
    expect: /CI040.*main\.c/,
  },
  {
    name: '-o a read-only folder',
    args: (d) => {
      project(d);
      fs.mkdirSync(path.join(d, 'ro'));
      fs.chmodSync(path.join(d, 'ro'), 0o555);
      // root writes anyway: then the folder is plain empty, and the run must succeed inside it only
      return ['./h.h', '--no-build', '-o', 'ro/mod'];
    },
    expect: os.userInfo().uid === 0 ? 'ok' : /CI040.*cannot be written/,
  },
  {
    name: '-o given twice',
    args: (d) => (project(d), ['./h.h', '--no-build', '-o', 'a', '-o', 'b']),
    expect: /CI006.*once/,
  },
  {
    name: "-D ''",
    args: (d) => (project(d), ['./h.h', '--no-build', '-D', '', '-o', 'm']),
    expect: /CI006: -D has an empty/,
  },
  { name: "-I ''", args: (d) => (project(d), ['./h.h', '--no-build', '-I', '', '-o', 'm']), expect: /CI006/ },
  {
    name: 'a 100k-character pattern',
    args: (d) => (project(d), ['./h.h', '--no-build', '--only', 'a'.repeat(100_000), '-o', 'm']),
    expect: /CI006.*100000 characters/,
  },
  {
    name: 'a glob that would backtrack exponentially',
    args: (d) => (project(d), ['./h.h', '--no-build', '--only', `${'*a'.repeat(40)}*b`, '-o', 'm']),
    expect: /CI003/,
  },
  {
    name: 'a malformed /regex/',
    args: (d) => (project(d), ['./h.h', '--no-build', '--only', '/(/', '-o', 'm']),
    expect: /CI006/,
  },
  {
    name: '--only X --exclude X',
    args: (d) => (project(d), ['./h.h', '--no-build', '--only', 'add', '--exclude', 'add', '-o', 'm']),
    expect: /CI026.*--only/,
  },
  {
    name: 'a config file with a wrong type',
    args: (d) => (project(d), write(d, 'c.json', '{ "out": ["a", "b"] }'), ['./h.h', '--config', 'c.json']),
    expect: /CI007/,
  },
  {
    name: 'a flag gyp would run, in binding.gyp',
    args: (d) => (project(d), ['./h.h', '--no-build', '-D', 'X=<!(touch pwned)', '-o', 'm']),
    expect: /CI006.*binding\.gyp/,
  },
  { name: 'a new folder', args: (d) => (project(d), ['./h.h', '--no-build', '-o', 'new/deeper']), expect: 'ok' },
  {
    name: 'an empty folder',
    args: (d) => (project(d), fs.mkdirSync(path.join(d, 'empty')), ['./h.h', '--no-build', '-o', 'empty']),
    expect: 'ok',
  },
  {
    name: 'its own earlier output, with a link planted in it',
    args: (d) => {
      project(d);
      const first = cliLimited(['./h.h', '--no-build', '-o', 'mod'], d);
      if (first.status !== 0) throw new Error(first.stderr);
      // a link where the module's index.js goes must be replaced, not followed into the project
      fs.rmSync(path.join(d, 'mod', 'index.js'));
      fs.symlinkSync(path.join(d, 'index.js'), path.join(d, 'mod', 'index.js'));
      return ['./h.h', '--no-build', '-o', 'mod'];
    },
    expect: 'ok',
    untouched: (d) => [path.join(d, 'index.js')],
  },
];

describe('hostile: the CLI never loses a user file and never crashes', function () {
  const root = scratch('hostile-cli');

  for (const c of CASES) {
    it(c.name, function () {
      const dir = path.join(root, c.name.replace(/[^A-Za-z0-9]+/g, '-'));
      fs.mkdirSync(dir, { recursive: true });
      const args = c.args(dir);
      const watched = c.untouched?.(dir) ?? [dir];
      const before = watched.map((w) => (fs.statSync(w).isDirectory() ? snapshot(w) : fs.readFileSync(w, 'utf8')));
      const r = cliLimited(args, dir);
      if (c.expect === 'ok') {
        expect(r.status, r.stderr).to.equal(0);
      } else {
        expect(r.status, r.stderr).to.be.a('number').and.not.equal(0);
        expect(r.stderr).to.match(c.expect);
        expect(isCleanError(r.stderr), r.stderr).to.equal(true);
      }
      const after = watched.map((w) => (fs.statSync(w).isDirectory() ? snapshot(w) : fs.readFileSync(w, 'utf8')));
      if (c.untouched || c.expect !== 'ok') expect(after).to.deep.equal(before);
      expect(fs.existsSync(path.join(dir, 'pwned')), 'a command ran').to.equal(false);
    });
  }

  it('writes its marker, and a later run into the same folder succeeds', function () {
    const dir = path.join(root, 'marker');
    project((fs.mkdirSync(dir, { recursive: true }), dir));
    for (let i = 0; i < 2; i++) expect(cliLimited(['./h.h', '--no-build', '-o', 'mod'], dir).status).to.equal(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'mod', '.cffi-import.json'), 'utf8')).tool).to.equal(
      'cffi-import',
    );
  });
});
