/**
 * Function-like macros: which ones the compiler types (and how), the CI011 skip that says what
 * `--macro` line to add, and `--macro` itself (flag and --config), whose mistakes stop the run
 * with a message that names them. Real libclang on small headers; the case folder
 * spec/cases/function-like-macros calls them.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CffiError } from '../src/diagnostics/index.js';
import type { FunctionDecl, MacroDecl } from '../src/ir/index.js';
import { skipUnsupported } from '../src/passes/skip-unsupported.js';
import { cli, scratch } from './helpers/run.js';
import { planOf } from './passes/plan-of.js';

const HEADER = `#include <stddef.h>
typedef struct conn conn_t;
long conn_ctrl(conn_t *c, int cmd, long larg, void *parg);
int conn_init(unsigned long opts, const void *settings);
const char *conn_name(const conn_t *c);
#define CONN_set_mode(c, op) conn_ctrl((c), 33, (op), NULL)
#define CONN_library_init() conn_init(0, NULL)
#define CONN_name_len(c) strlen_like(conn_name(c))
#define CONN_is_named(c) (conn_name(c) != NULL)
#define CONN_flags(c, f) conn_ctrl((c), 1, (long)(f), NULL)
#define CONN_MAX(a, b) ((a) > (b) ? (a) : (b))
#define CONN_LOG(fmt, ...) conn_init((fmt), NULL)
#define CONN_bad(c) conn_ctrl((c)->missing, 1, 2, NULL)
`;

describe('function-like macros', function () {
  const fn = (p: ReturnType<typeof planOf>, name: string) =>
    p.ir.decls.find((d): d is FunctionDecl => d.kind === 'function' && d.name === name);
  const macro = (p: ReturnType<typeof planOf>, name: string) =>
    p.ir.decls.find((d): d is MacroDecl => d.kind === 'macro' && d.name === name);

  it('types a macro over a declared function from the parameters it passes (SSL_CTX_set_mode)', function () {
    const p = planOf(HEADER, {}, skipUnsupported);
    const f = fn(p, 'CONN_set_mode')!;
    expect(f.macro).to.equal('inferred');
    expect(f.params.map((x) => x.name)).to.deep.equal(['c', 'op']);
    expect(f.params[0]!.type).to.deep.include({ kind: 'pointer' });
    expect(f.params[1]!.type).to.deep.include({ kind: 'int', name: 'long' });
    expect(f.result).to.deep.include({ kind: 'int', name: 'long' });
    expect(f.source).to.equal('#define CONN_set_mode(c, op) conn_ctrl((c), 33, (op), NULL)');
    expect(f.hasBody, 'not a library symbol').to.equal(true);
  });

  it('types a macro without arguments (SSL_library_init) and one whose result is an expression', function () {
    const p = planOf(HEADER, {}, skipUnsupported);
    expect(fn(p, 'CONN_library_init')).to.deep.include({
      params: [],
      result: { kind: 'int', name: 'int', size: 4, signed: true },
    });
    expect(fn(p, 'CONN_is_named')!.result).to.deep.include({ kind: 'int', name: 'int' });
    expect(fn(p, 'CONN_flags')!.params[1]!.type).to.deep.include({ kind: 'int', name: 'long' });
  });

  it('skips what the compiler cannot type, with the --macro line to add (CI011)', function () {
    const p = planOf(HEADER, {}, skipUnsupported);
    const msg = (name: string) => p.plan.skipped.get(p.id(name, 'macro'))?.diagnostic;
    expect(msg('CONN_MAX')?.code).to.equal('CI011');
    expect(msg('CONN_MAX')?.message).to.equal(
      "function-like macro 'CONN_MAX' cannot be typed (a, b are not arguments of a declared function); " +
        "to call it, declare it: --macro '<type> CONN_MAX(<type> a, <type> b)'",
    );
    expect(msg('CONN_LOG')?.message).to.match(/CONN_LOG' cannot be typed \(it takes variable arguments\)/);
    // the compiler's own words when the call does not compile; known types filled in
    expect(msg('CONN_bad')?.message).to.match(/the compiler says: incomplete definition of type 'struct conn'/);
    expect(msg('CONN_name_len')?.message).to.match(/implicit declaration|undeclared/);
    expect(macro(p, 'CONN_name_len')?.notCallable?.declare).to.equal('<type> CONN_name_len(const conn_t * c)');
  });

  it('selects a macro by --only like a function', function () {
    const p = planOf(HEADER, { only: ['CONN_set*'] }, skipUnsupported);
    expect([...p.plan.selected]).to.deep.equal([p.id('CONN_set_mode')]);
  });

  it('--macro declares what cannot be inferred; the compiler reads the signature', function () {
    const p = planOf(
      HEADER,
      { macro: ['long CONN_MAX(long, long)', 'int CONN_LOG(unsigned long fmt)'] },
      skipUnsupported,
    );
    const max = fn(p, 'CONN_MAX')!;
    expect(max.macro).to.equal('declared');
    expect(max.params.map((x) => [x.name, x.type])).to.deep.equal([
      ['a', { kind: 'int', name: 'long', size: 8, signed: true }],
      ['b', { kind: 'int', name: 'long', size: 8, signed: true }],
    ]);
    expect(fn(p, 'CONN_LOG')!.params[0]!.name).to.equal('fmt');
    expect(p.plan.skipped.has(p.id('CONN_MAX'))).to.equal(false);
  });

  for (const [what, sig, error] of [
    ['names no macro', 'int NOPE(int)', /--macro 'int NOPE\(int\)' names no function-like macro/],
    ['is not C', 'int CONN_MAX(intt, int)', /--macro 'int CONN_MAX\(intt, int\)' is not a C function declaration: /],
    ['has the wrong arity', 'int CONN_MAX(int)', /declares 1 parameter\(s\); macro CONN_MAX takes 2/],
    ['does not compile with the macro', 'int CONN_bad(int)', /--macro for 'CONN_bad': the compiler says/],
  ] as const)
    it(`stops on a --macro that ${what} (CI006)`, function () {
      expect(() => planOf(HEADER, { macro: [sig] }))
        .to.throw(CffiError)
        .with.property('message')
        .that.matches(error);
    });

  it('takes --macro from the command line and from --config', function () {
    const dir = scratch('macros-config');
    fs.writeFileSync(path.join(dir, 'input.h'), HEADER);
    fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ macro: ['int CONN_MAX(int, int)'] }));
    const fromFile = cli(['dump-ir', './input.h', '--config', 'c.json'], dir);
    expect(fromFile.status, fromFile.stderr).to.equal(0);
    expect(fromFile.stdout).to.match(/"macro": "declared"/);
    const fromFlag = cli(['dump-ir', './input.h', '--macro', 'int CONN_MAX(int, int)'], dir);
    expect(fromFlag.stdout).to.equal(fromFile.stdout);
    const none = cli(['dump-ir', './input.h'], dir);
    expect(none.stdout).to.not.match(/"macro": "declared"/);
  });
});
