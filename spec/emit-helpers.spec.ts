/**
 * The emitter's pure parts: the kind decisions, the partial folders they name, the template loader
 * and the runtime type table (a function of the Plan alone, built from the real `pointers` case's header).
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, resolveConfig } from '../src/index.js';
import { IrIndex, type CType } from '../src/ir/index.js';
import { conversionOf } from '../src/emit/conversion.js';
import { argKind, jsResultKind, KIND_FOLDERS, resultKind } from '../src/emit/kinds.js';
import { moduleView } from '../src/emit/module-view.js';
import { fragment, loadTemplates } from '../src/emit/templates.js';
import { TypeTable } from '../src/emit/type-table.js';
import { ROOT } from './helpers/run.js';

const HBS = path.join(ROOT, 'hbs');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('kind partials', function () {
  for (const [folder, kinds] of Object.entries(KIND_FOLDERS)) {
    it(`hbs/${folder} holds one partial per kind, and no other`, function () {
      const found = fs.readdirSync(path.join(HBS, folder)).map((f) => f.replace(/\.hbs$/, ''));
      expect(found.sort()).to.deep.equal([...kinds].sort());
    });
  }
  it('no template pastes code unescaped with {{{ (data renders raw with {{ already)', function () {
    for (const f of files(HBS)) expect(fs.readFileSync(f, 'utf8'), f).to.not.include('{{{');
  });
  it('all compile in the strict, helper-less environment', function () {
    expect(() => loadTemplates()).to.not.throw();
  });
});

describe('fragment', function () {
  it('drops the final newline of a one-line template: it is part of a line', function () {
    expect(fragment('$t.get({{nameJs}})\n')).to.equal('$t.get({{nameJs}})');
  });
  it('keeps multi-line templates as they are', function () {
    expect(fragment('a\nb\n')).to.equal('a\nb\n');
    expect(fragment('a')).to.equal('a');
  });
});

describe('kind decisions', function () {
  const index = new IrIndex({
    headers: [],
    includes: [],
    scope: [],
    decls: [],
    diagnostics: [],
    target: { charIsSigned: true },
  });
  const int = (name: string, size: number, signed: boolean) => ({ kind: 'int', name, size, signed }) as CType;
  const conv = (t: CType) => conversionOf(t, index);
  it('integers narrower than 64 bits cross as 32-bit numbers; bool and 64-bit keep their own', function () {
    expect(resultKind(conv(int('short', 2, true)))).to.equal('i32');
    expect(resultKind(conv(int('unsigned char', 1, false)))).to.equal('u32');
    expect(resultKind(conv(int('long', 8, true)))).to.equal('i64');
    expect(resultKind(conv(int('bool', 1, false)))).to.equal('bool');
    expect(resultKind(conv({ kind: 'float', name: 'float', size: 4 }))).to.equal('f64');
  });
  it('void * takes bytes, char * a buffer, const char * reads back as a string', function () {
    const constChar = { kind: 'int', name: 'char', size: 1, signed: true, const: true } as CType;
    expect(argKind(conv({ kind: 'pointer', to: { kind: 'void' } }), index)).to.equal('bytes');
    expect(argKind(conv({ kind: 'pointer', to: int('char', 1, true) }), index)).to.equal('buffer');
    expect(argKind(conv({ kind: 'pointer', to: int('int', 4, true) }), index)).to.equal('pointer');
    expect(resultKind(conv({ kind: 'pointer', to: constChar }))).to.equal('string');
    expect(jsResultKind(conv({ kind: 'pointer', to: constChar }))).to.equal('value');
    expect(jsResultKind(conv({ kind: 'pointer', to: int('int', 4, true) }))).to.equal('pointer');
  });
  it('a void argument is an internal error, not a silent kind', function () {
    expect(() => argKind(conv({ kind: 'void' }), index)).to.throw(/internal/);
  });
});

describe('the runtime type table', function () {
  const dir = path.join(ROOT, 'spec', 'cases', 'pointers');
  const config = resolveConfig({ headers: ['./input.h'], build: false }, dir);
  const { index, plan } = analyze(config);

  it('is a function of the Plan: built twice, the same entries', function () {
    expect(new TypeTable(index, plan).entries).to.deep.equal(new TypeTable(index, plan).entries);
  });
  it('declares every entry after the entries it uses', function () {
    const seen = new Set<string>();
    for (const e of new TypeTable(index, plan).entries) {
      const uses = e.kind === 'pointer' ? [e.to] : e.kind === 'array' ? [e.of] : [];
      for (const u of uses) if (u.startsWith('$T')) expect(seen.has(u), `${e.name} uses ${u}`).to.equal(true);
      seen.add(e.name);
    }
  });
  it('only looks up: a type no declaration uses is an internal error, and adds nothing', function () {
    const table = new TypeTable(index, plan);
    const before = table.entries.length;
    const unused: CType = { kind: 'array', of: { kind: 'float', name: 'double', size: 8 }, length: 12345 };
    expect(() => table.ref(unused)).to.throw(/not in the module's type table/);
    expect(table.entries.length).to.equal(before);
  });
  it('leaves the module view the same however often it is built', function () {
    expect(JSON.stringify(moduleView(index, plan, config))).to.equal(JSON.stringify(moduleView(index, plan, config)));
  });
});
