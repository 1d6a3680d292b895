// The tape's three-way contract: the C writers (native/clang/*.c), the reader (native/decode.js)
// and the types (native/index.d.ts) each against native/tape-layout.js, the one list of fields.
// - C: real tapes from the real addon are read by a reader driven by the layout alone, which checks
//   every value against its encoding, must end exactly at the end of the tape and must have read
//   every record of the layout (so a field the C side adds, drops or moves breaks it);
// - decode.js: what it makes of the same tapes must equal what the layout reader makes;
// - index.d.ts: the TypeScript compiler's view of each type must have exactly the layout's fields,
//   with matching kinds (number, boolean, string, optional, enum literals, arrays, unions).
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { decodeEvaluation, decodeTranslationUnit } from '../native/decode.js';
import { rawBinding } from '../native/index.js';
import { codes, families, records } from '../native/tape-layout.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const clangDir = path.join(root, 'native', 'clang');

/** The members of a family, by kind. */
function membersOf(family, layout = records) {
  return new Map(
    Object.entries(layout)
      .filter(([, r]) => r.family === family)
      .map(([name, r]) => [r.kind, name]),
  );
}

/** The fields of a record as the tree has them: kind (no encoding) and base fields first for a family member. */
function fieldsOf(name) {
  const r = records[name];
  const base = r.family && families[r.family].base;
  return [...(r.family ? [['kind', undefined]] : []), ...(base ? records[base].fields : []), ...r.fields];
}

/** Reads a tape with nothing but the layout, checking every value against its encoding. */
class LayoutReader {
  /** @param layout tape-layout.js's records, or a changed copy */
  constructor(raw, layout = records) {
    this.layout = layout;
    this.tape = raw.tape;
    this.strings = raw.strings.length === 0 ? [''] : raw.strings.split('\0');
    this.pos = 0;
    this.types = [];
    this.read = new Set(); // names of the records read
  }

  fail(path, what) {
    throw new Error(`tape-layout: ${path} at ${this.pos - 1}: ${what}`);
  }

  num(path) {
    if (this.pos >= this.tape.length) this.fail(path, 'past the end of the tape');
    return this.tape[this.pos++];
  }

  integer(path, min, max) {
    const n = this.num(path);
    if (!Number.isInteger(n) || n < min || n > max) this.fail(path, `${n} is not an integer in [${min}, ${max}]`);
    return n;
  }

  value(enc, path) {
    if (enc === 'num') return this.num(path);
    if (enc === 'bool') return this.integer(path, 0, 1) === 1;
    if (enc === 'str' || enc === 'str?') {
      const i = this.integer(path, -1, this.strings.length - 1);
      return i < 0 ? undefined : this.strings[i];
    }
    if (typeof enc === 'string') return families[enc] ? this.family(enc, path) : this.record(enc, {}, path);
    const count = (p) => this.integer(p, 0, this.tape.length - this.pos);
    if (enc.enum) return codes[enc.enum][this.integer(path, 0, codes[enc.enum].length - 1)];
    if (enc.list) return Array.from({ length: count(path) }, (_, i) => this.value(enc.list, `${path}[${i}]`));
    if (enc.maybe) return this.value('bool', path) ? this.value(enc.maybe, path) : undefined;
    if (enc.table) {
      const rows = Array.from({ length: count(path) }, () => ({}));
      for (const [name, col] of enc.table)
        rows.forEach((row, i) => (row[name] = this.value(col, `${path}[${i}].${name}`)));
      return rows;
    }
    throw new Error(`tape-layout: unknown encoding ${JSON.stringify(enc)} at ${path}`);
  }

  record(name, into, path = name) {
    this.read.add(name);
    for (const [field, enc] of this.layout[name].fields) {
      const v = this.value(enc, `${path}.${field}`);
      const omitted = enc === 'str?' || enc.maybe || (typeof enc === 'string' && families[enc]?.none);
      if (v !== undefined || !omitted) into[field] = v;
    }
    return into;
  }

  family(name, path) {
    const f = families[name];
    const members = membersOf(name, this.layout);
    if (f.end) {
      const list = [];
      for (let kind; (kind = this.code(name, path)) !== f.end;) list.push(this.member(name, members.get(kind), path));
      return list;
    }
    const kind = this.code(name, path);
    if (kind === f.none) return undefined;
    if (kind === f.ref) return this.types[this.integer(path, 0, this.types.length - 1)];
    const node = this.member(name, members.get(kind), path);
    if (name === 'type') this.types.push(node);
    return node;
  }

  code(family, path) {
    return codes[family][this.integer(`${path} (${family} code)`, 0, codes[family].length - 1)];
  }

  member(family, name, path) {
    const node = { kind: this.layout[name].kind };
    const base = families[family].base;
    if (base) this.record(base, node, `${path}<${name}>`);
    return this.record(name, node, `${path}<${name}>`);
  }

  all(name) {
    const result = this.record(name, {});
    if (this.pos !== this.tape.length) this.fail(name, `ended at ${this.pos} of ${this.tape.length}`);
    return result;
  }
}

describe('native: the tape layout (C writers, decode.js, index.d.ts)', function () {
  const kindsH = path.join(root, 'spec', 'fixtures', 'native', 'kinds.h');
  const probe = [
    '#include <zlib.h>',
    '#define NUL ((void*)0)',
    'enum e { E1 };',
    'static enum e en = E1;', // an enum type
    ...['Z_OK', '1.5', 'ZLIB_VERSION', 'NUL', 'OF'].map((m, i) => `static __auto_type v${i} = ${m};`),
    '',
  ].join('\n');
  /** One of every record and every family member, from real headers. */
  const tapes = () => [
    [
      'translationUnit',
      decodeTranslationUnit,
      { file: '/usr/include/zlib.h', args: ['-x', 'c', '-fparse-all-comments'] },
    ],
    ['translationUnit', decodeTranslationUnit, { file: kindsH, args: ['-x', 'c'] }],
    ['translationUnit', decodeTranslationUnit, { file: kindsH, args: ['-x', 'c', '-fno-such-flag'] }],
    [
      'evaluation',
      decodeEvaluation,
      { file: '/v/probe.c', args: ['-x', 'c'], unsaved: [{ file: '/v/probe.c', contents: probe }] },
    ],
  ];

  it('C writers: each real tape reads to its end with the layout alone; decode.js reads the same tree', function () {
    const read = new Set();
    for (const [root, decode, options] of tapes()) {
      const raw = (root === 'evaluation' ? rawBinding().evaluate : rawBinding().parse)(options);
      const reader = new LayoutReader(raw);
      const tree = reader.all(root);
      reader.read.forEach((name) => read.add(name));
      expect(decode(raw), `decode.js on ${options.file}`).to.deep.equal(tree);
    }
    const unread = Object.keys(records).filter((name) => !read.has(name));
    expect(unread, 'records of tape-layout.js that no tape exercised').to.deep.equal([]);
  });

  it('C codes: the enums of cffi-clang.h are the codes of tape-layout.js', function () {
    const header = fs.readFileSync(path.join(clangDir, 'cffi-clang.h'), 'utf8');
    const names = [...header.matchAll(/enum\s*\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
    for (const [family, prefix] of [
      ['decl', 'DECL_'],
      ['type', 'TYPE_'],
      ['storage', 'STORAGE_'],
      ['value', 'VALUE_'],
    ]) {
      const inC = names.filter((n) => n.startsWith(prefix)).map((n) => n.replace(/\s*=.*/, '').slice(prefix.length));
      expect(
        inC.map((n) => n.toLowerCase()),
        family,
      ).to.deep.equal(codes[family]);
    }
    expect(names.find((n) => n.startsWith('DECL_END'))).to.equal('DECL_END = 0');
  });

  it('C writers: each record names a function that exists', function () {
    for (const [name, r] of Object.entries(records)) {
      if (!r.writer) continue;
      const [file, fn] = r.writer.split(' ');
      const source = fs.readFileSync(path.join(clangDir, file), 'utf8');
      expect(new RegExp(`^(static )?\\w[\\w *]* \\*?${fn}\\(`, 'm').test(source), `${name}: ${r.writer}`).to.equal(
        true,
      );
    }
  });

  it('index.d.ts: every type has exactly the fields of the layout, of matching kinds', function () {
    expect(checkDeclarations(path.join(root, 'native', 'index.d.ts'))).to.deep.equal([]);
  });

  it('index.d.ts: a field added on one side only is found', function () {
    const source = fs.readFileSync(path.join(root, 'native', 'index.d.ts'), 'utf8');
    const added = source.replace('export interface RawVar extends RawDeclBase {', '$&\n  tls: boolean;');
    const changed = path.join(root, 'spec', '.out', 'native-tape', 'index.d.ts');
    fs.mkdirSync(path.dirname(changed), { recursive: true });
    fs.writeFileSync(changed, added);
    const problems = checkDeclarations(changed);
    expect(problems).to.have.length.above(0);
    expect(
      problems.every((p) => p.includes('tls')),
      problems.join('\n'),
    ).to.equal(true);
  });

  it('C writers: a field the layout has and the tape lacks, or the other way round, is found', function () {
    const raw = rawBinding().parse({ file: kindsH, args: ['-x', 'c'] });
    const more = { ...records, var: { ...records.var, fields: [...records.var.fields, ['tls', 'bool']] } };
    const fewer = { ...records, var: { ...records.var, fields: records.var.fields.slice(0, -1) } };
    expect(() => new LayoutReader(raw).all('translationUnit')).not.to.throw();
    expect(() => new LayoutReader(raw, more).all('translationUnit')).to.throw(/tape-layout: /);
    expect(() => new LayoutReader(raw, fewer).all('translationUnit')).to.throw(/tape-layout: /);
  });
});

/** The differences between native/index.d.ts (or a changed copy) and the layout, as lines. */
function checkDeclarations(file) {
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const problems = [];
  const done = new Set();
  const typeOf = (name) => checker.getDeclaredTypeOfSymbol(exported.get(name));
  const show = (t) => checker.typeToString(t);
  const flags = (t, f) => (t.flags & f) !== 0;
  const each = (t, f) => (t.isUnion() ? t.types : [t]).every((u) => flags(u, f)); // 'a' | 'b' is a string

  function check(t, enc, where, optional = false) {
    const isOptional = enc === 'str?' || !!enc.maybe || (typeof enc === 'string' && !!families[enc]?.none);
    if (optional !== isOptional) problems.push(`${where}: ${optional ? 'optional' : 'required'} in index.d.ts`);
    t = checker.getNonNullableType(t);
    const want = (ok, what) => ok || problems.push(`${where}: ${show(t)} is not ${what}`);
    if (enc === 'num') return want(flags(t, ts.TypeFlags.NumberLike), 'a number');
    if (enc === 'bool') return want(flags(t, ts.TypeFlags.BooleanLike), 'a boolean');
    if (enc === 'str' || enc === 'str?') return want(each(t, ts.TypeFlags.StringLike), 'a string');
    if (enc.enum) {
      const literals = (t.isUnion() ? t.types : [t]).map((u) => u.value);
      return want(JSON.stringify(literals.sort()) === JSON.stringify([...codes[enc.enum]].sort()), codes[enc.enum]);
    }
    if (enc.list || enc.table || (typeof enc === 'string' && families[enc]?.end)) {
      if (!want(checker.isArrayType(t), 'an array')) return;
      const element = checker.getTypeArguments(t)[0];
      if (enc.table) return checkProperties(element, enc.table, where);
      return check(element, enc.list ?? { family: enc }, `${where}[]`);
    }
    if (enc.maybe) return check(t, enc.maybe, where);
    const family = enc.family ?? (families[enc] ? enc : undefined);
    if (family) return checkFamily(t, family, where);
    return checkProperties(t, fieldsOf(enc), where);
  }

  function checkProperties(t, fields, where) {
    const names = fields.map((f) => f[0]);
    const key = `${where}:${show(t)}`;
    if (done.has(key)) return;
    done.add(key);
    const props = checker.getPropertiesOfType(t);
    const have = props.map((p) => p.name);
    if (JSON.stringify([...have].sort()) !== JSON.stringify([...names].sort()))
      problems.push(`${where}: properties [${have}], layout [${names}]`);
    for (const [field, enc] of fields) {
      const p = props.find((x) => x.name === field);
      if (!p || !enc) continue;
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      check(checker.getTypeOfSymbol(p), enc, `${where}.${field}`, optional);
    }
  }

  function checkFamily(t, family, where) {
    if (done.has(`family ${family}`)) return;
    done.add(`family ${family}`);
    const members = membersOf(family);
    const seen = [];
    for (const u of t.isUnion() ? t.types : [t]) {
      const kind = checker.getTypeOfSymbol(checker.getPropertyOfType(u, 'kind')).value;
      seen.push(kind);
      const name = members.get(kind);
      if (!name) {
        problems.push(`${where}: kind '${kind}' is not in the layout`);
        continue;
      }
      checkProperties(u, fieldsOf(name), `${families[family].dts}<${kind}>`);
    }
    const missing = [...members.keys()].filter((k) => !seen.includes(k));
    if (missing.length) problems.push(`${where}: no member for kind ${missing}`);
  }

  for (const [name, r] of Object.entries(records)) {
    if (r.dts) check(typeOf(r.dts), name, r.dts);
  }
  for (const [family, f] of Object.entries(families)) checkFamily(typeOf(f.dts), family, f.dts);
  return problems.sort();
}
