// The libclang binding (native/) against real headers: zlib.h from the system and
// spec/fixtures/native/kinds.h, one of each C construct.
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parse } from '../native/index.js';
import { checkSurface } from '../native/check-surface.mjs';
import { BuildError, findLibclang } from '../native/build.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'native');
const kindsH = path.join(fixtures, 'kinds.h');

/** The decls of `tu` declared in its main file, by name (the first of each name). */
function mainDecls(tu) {
  const byName = new Map();
  for (const d of tu.decls) if (d.location.file === tu.file && !byName.has(d.name)) byName.set(d.name, d);
  return byName;
}

function declById(tu, id) {
  const d = tu.decls.find((x) => x.id === id);
  expect(d, `decl ${id}`).to.exist;
  return d;
}

describe('native: the libclang binding', function () {
  describe('zlib.h', function () {
    let tu, decls;
    before(function () {
      tu = parse({ file: '/usr/include/zlib.h', args: ['-x', 'c', '-fparse-all-comments'] });
      decls = mainDecls(tu);
    });

    it('parses without diagnostics and lists the files in inclusion order', function () {
      expect(tu.diagnostics).to.deep.equal([]);
      expect(tu.file).to.equal('/usr/include/zlib.h');
      expect(tu.files[0]).to.equal(tu.file);
      expect(tu.files).to.include('/usr/include/zconf.h');
      expect(new Set(tu.files).size).to.equal(tu.files.length);
      expect(tu.clangVersion).to.match(/clang version \d+/);
    });

    it('describes deflate()', function () {
      const f = decls.get('deflate');
      expect(f).to.include({
        kind: 'function',
        id: 'c:@F@deflate',
        variadic: false,
        noProto: false,
        storage: 'extern',
        inline: false,
        definition: false,
      });
      expect(f.result).to.include({ kind: 'primitive', name: 'int', signed: true, size: 4 });
      expect(f.params.map((p) => p.name)).to.deep.equal(['strm', 'flush']);
      expect(f.params[0].type).to.include({ kind: 'typedef', name: 'z_streamp', id: 'c:zlib.h@T@z_streamp' });
      expect(f.type).to.include({ kind: 'function', callConv: 'c' });
      expect(f.location).to.include({ file: tu.file, line: 250 });
      expect(f.extent.start.offset).to.be.below(f.extent.end.offset);
    });

    it('lays out z_stream_s as the compiler does', function () {
      const s = decls.get('z_stream_s');
      expect(s).to.include({
        kind: 'record',
        tag: 'struct',
        anonymous: false,
        complete: true,
        size: 112,
        align: 8,
        packed: false,
      });
      expect(s.fields.map((f) => f.name)).to.deep.equal([
        'next_in',
        'avail_in',
        'total_in',
        'next_out',
        'avail_out',
        'total_out',
        'msg',
        'state',
        'zalloc',
        'zfree',
        'opaque',
        'data_type',
        'adler',
        'reserved',
      ]);
      expect(s.fields.map((f) => f.offsetBits / 8)).to.deep.equal([
        0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104,
      ]);
      expect(s.fields.every((f) => f.bitWidth === -1)).to.equal(true);
      expect(s.fields[0].comment).to.equal('/* next input byte */');
      const state = s.fields[7].type;
      expect(state).to.include({ kind: 'pointer', spelling: 'struct internal_state *' });
      expect(state.pointee).to.include({ kind: 'record', id: 'c:@S@internal_state' });
    });

    it('keeps internal_state incomplete and gz_header_s complete', function () {
      expect(decls.get('internal_state')).to.include({ kind: 'record', complete: false, size: -1, align: -1 });
      expect(decls.get('internal_state').fields).to.deep.equal([]);
      expect(decls.get('gz_header_s')).to.include({ kind: 'record', complete: true, size: 80 });
    });

    it('describes the typedefs z_stream and alloc_func', function () {
      const z = decls.get('z_stream');
      expect(z.underlying).to.include({ kind: 'record', id: 'c:@S@z_stream_s', size: 112 });
      const a = decls.get('alloc_func').underlying;
      expect(a).to.include({ kind: 'pointer', size: 8 });
      expect(a.pointee).to.include({ kind: 'function', variadic: false, noProto: false });
      expect(a.pointee.result).to.include({ kind: 'typedef', name: 'voidpf' });
      expect(a.pointee.params.map((p) => p.spelling)).to.deep.equal(['voidpf', 'uInt', 'uInt']);
    });

    it('gives the macros their tokens', function () {
      expect(decls.get('ZLIB_VERSION')).to.include({ kind: 'macro', functionLike: false });
      expect(decls.get('ZLIB_VERSION').tokens).to.have.length(1);
      expect(decls.get('ZLIB_VERSION').tokens[0]).to.match(/^"1\.\d+/);
      expect(decls.get('Z_OK').tokens).to.deep.equal(['0']);
      const of = tu.decls.find((d) => d.kind === 'macro' && d.name === 'OF');
      expect(of).to.include({ functionLike: true });
      expect(of.params).to.deep.equal(['args']);
      expect(of.tokens).to.deep.equal(['args']);
      expect(tu.decls.some((d) => d.kind === 'macro' && d.name === '__STDC__')).to.equal(false); // builtin
    });

    it('resolves every id a type refers to, and ids are unique', function () {
      const ids = new Set(tu.decls.map((d) => d.id));
      expect(ids.size).to.equal(tu.decls.length);
      const missing = new Set();
      const seen = new Set();
      const visit = (t) => {
        if (!t || seen.has(t)) return;
        seen.add(t);
        if ((t.kind === 'typedef' || t.kind === 'record' || t.kind === 'enum') && !ids.has(t.id)) missing.add(t.id);
        [t.pointee, t.element, t.result, ...(t.params ?? [])].forEach(visit);
      };
      for (const d of tu.decls) {
        [d.type, d.result, d.underlying, d.integerType].forEach(visit);
        (d.params ?? []).forEach((p) => typeof p === 'object' && visit(p.type));
        (d.fields ?? []).forEach((f) => visit(f.type));
      }
      expect([...missing]).to.deep.equal([]);
    });
  });

  describe('kinds.h', function () {
    let tu, decls;
    before(function () {
      tu = parse({ file: kindsH, args: ['-x', 'c'] });
      decls = mainDecls(tu);
    });

    it('parses without diagnostics', function () {
      expect(tu.diagnostics).to.deep.equal([]);
    });

    it('gives bitfields their width and bit offset', function () {
      const s = decls.get('bits');
      expect(s.comment).to.equal('/** Flags packed in bits. */');
      expect(s.fields.map((f) => [f.name, f.offsetBits, f.bitWidth])).to.deep.equal([
        ['ready', 0, 1],
        ['mode', 1, 3],
        ['', 32, 0],
        ['count', 32, 12],
        ['delta', 44, 4],
      ]);
      expect(s.fields[4].type).to.include({ name: 'int', signed: true });
      expect(s.size).to.equal(8);
    });

    it('hoists nested and anonymous records and refers to them by id', function () {
      const shape = decls.get('shape');
      expect(shape.fields.map((f) => f.name)).to.deep.equal(['kind', '', 'origin', 'next']);
      const [, member, origin, next] = shape.fields;
      expect(member).to.include({ offsetBits: 32, bitWidth: -1 });
      const union = declById(tu, member.type.id);
      expect(union).to.include({ kind: 'record', tag: 'union', anonymous: true, name: '', size: 4 });
      expect(union.fields.map((f) => f.name)).to.deep.equal(['radius', 'rect']);
      expect(declById(tu, union.fields[1].type.id)).to.include({ tag: 'struct', anonymous: true, size: 4 });
      expect(declById(tu, origin.type.id)).to.include({ name: 'point', size: 16, complete: true });
      expect(origin.offsetBits).to.equal(64);
      expect(next.type.pointee).to.include({ kind: 'record', id: shape.id });
      expect(shape.size).to.equal(32);
    });

    it('marks packed records', function () {
      const w = decls.get('wire');
      expect(w).to.include({ packed: true, size: 7, align: 1 });
      expect(w.fields.map((f) => f.offsetBits)).to.deep.equal([0, 8, 40]);
      expect(decls.get('bits').packed).to.equal(false);
    });

    it('describes a typedef of an anonymous struct, long double and _Complex', function () {
      const t = decls.get('numbers_t');
      expect(t.kind).to.equal('typedef');
      const s = declById(tu, t.underlying.id);
      expect(s).to.include({ kind: 'record', anonymous: true, name: '', complete: true });
      expect(s.fields[0].type).to.include({ kind: 'primitive', name: 'long double', size: 16 });
      expect(s.fields[1].type).to.include({ kind: 'unsupported', clangKind: 'Complex', spelling: '_Complex double' });
    });

    it('keeps 64-bit and negative enum values exact', function () {
      const big = decls.get('big');
      expect(big.integerType).to.include({ name: 'unsigned long', signed: false });
      expect(big.constants.map((k) => [k.name, k.value])).to.deep.equal([
        ['BIG_MAX', '18446744073709551615'],
        ['BIG_ONE', '1'],
      ]);
      const small = decls.get('small');
      expect(small.integerType).to.include({ name: 'int', signed: true });
      expect(small.constants.map((k) => k.value)).to.deep.equal(['-5', '-4', '7']);
      const anon = tu.decls.find((d) => d.kind === 'enum' && d.constants.some((k) => k.name === 'ANON_A'));
      expect(anon).to.include({ anonymous: true, name: '' });
    });

    it('writes a record declared before its definition once, complete', function () {
      const later = tu.decls.filter((d) => d.kind === 'record' && d.name === 'later');
      expect(later).to.have.length(1);
      expect(later[0]).to.include({ complete: true, size: 4 });
      expect(later[0].fields.map((f) => f.name)).to.deep.equal(['filled']);
    });

    it('describes variadic, static inline, K&R and function-pointer declarations', function () {
      expect(decls.get('log_printf')).to.include({ variadic: true, noProto: false, definition: false });
      expect(decls.get('square')).to.include({ storage: 'static', inline: true, definition: true });
      expect(decls.get('old_style')).to.include({ noProto: true, variadic: false });
      expect(decls.get('old_style').type).to.include({ kind: 'function', noProto: true });
      const cmp = decls.get('compare_fn').underlying;
      expect(cmp.pointee.params.map((p) => p.spelling)).to.deep.equal(['const void *', 'const void *']);
      expect(cmp.pointee.params[0].pointee).to.include({ kind: 'primitive', name: 'void', const: true });
      const sort = decls.get('sort_with');
      expect(sort.params[2].type).to.include({ kind: 'typedef', name: 'compare_fn', id: decls.get('compare_fn').id });
    });

    it('writes a redeclared function once, with its comment and parameter names', function () {
      const twice = tu.decls.filter((d) => d.name === 'twice');
      expect(twice).to.have.length(1);
      expect(twice[0].comment).to.equal('/** Doubles its argument. */');
      expect(twice[0].params.map((p) => p.name)).to.deep.equal(['value']);
      expect(twice[0].location.line).to.equal(49); // the first declaration
    });

    it('describes variables with qualifiers and storage', function () {
      expect(decls.get('hardware_reg')).to.include({ kind: 'var', storage: 'extern' });
      expect(decls.get('hardware_reg').type).to.include({ const: true, volatile: true, name: 'int' });
      expect(decls.get('greeting')).to.include({ storage: 'static' });
      expect(decls.get('greeting').type).to.include({ kind: 'pointer', const: true });
    });

    it('gives function-like and variadic macros their parameters', function () {
      expect(decls.get('KINDS_VERSION').tokens).to.deep.equal(['"1.2"']);
      expect(decls.get('KINDS_MAX').params).to.deep.equal(['a', 'b']);
      expect(decls.get('KINDS_MAX').tokens.join(' ')).to.equal('( ( a ) > ( b ) ? ( a ) : ( b ) )');
      expect(decls.get('KINDS_LOG').params).to.deep.equal(['fmt', '...']);
      expect(decls.get('KINDS_GNU').params).to.deep.equal(['args...']);
      expect(decls.get('KINDS_EMPTY')).to.include({ functionLike: false });
      expect(decls.get('KINDS_EMPTY').tokens).to.deep.equal([]);
    });
  });

  describe('bad input', function () {
    it('reports syntax errors with file, line and column', function () {
      const file = path.join(fixtures, 'broken.h');
      const tu = parse({ file, args: ['-x', 'c'] });
      const errors = tu.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).to.be.greaterThan(0);
      expect(errors[0].location).to.include({ file, line: 4 });
      expect(errors[0].location.column).to.be.greaterThan(0);
      expect(mainDecls(tu).get('fine')).to.include({ kind: 'function' });
    });

    it('keeps going after a missing #include', function () {
      const tu = parse({
        file: '/virtual/missing.h',
        args: ['-x', 'c'],
        unsaved: [{ file: '/virtual/missing.h', contents: '#include <no/such/header.h>\nint after_missing(void);\n' }],
      });
      expect(tu.diagnostics[0]).to.include({ message: "'no/such/header.h' file not found" });
      expect(tu.diagnostics[0].location).to.include({ line: 1 });
      expect(mainDecls(tu).get('after_missing')).to.include({ kind: 'function' });
    });

    it('reports a bad command-line flag without a location', function () {
      const tu = parse({ file: '/usr/include/zlib.h', args: ['-fno-such-flag'] });
      expect(tu.diagnostics[0]).to.deep.equal({ severity: 'error', message: "unknown argument: '-fno-such-flag'" });
    });

    it('throws a clear Error for a missing file', function () {
      expect(() => parse({ file: '/no/such/file.h', args: [] })).to.throw(Error, /cannot read \/no\/such\/file\.h/);
    });

    it('throws a TypeError for wrong argument types', function () {
      expect(() => parse()).to.throw(TypeError, /options must be an object/);
      expect(() => parse('zlib.h')).to.throw(TypeError, /options must be an object/);
      expect(() => parse({ file: 1, args: [] })).to.throw(TypeError, /options\.file must be a string/);
      expect(() => parse({ file: 'a.h', args: 'x' })).to.throw(TypeError, /options\.args/);
      expect(() => parse({ file: 'a.h', args: [null] })).to.throw(TypeError, /options\.args/);
      expect(() => parse({ file: 'a.h', args: [], unsaved: [{ file: 'a.h' }] })).to.throw(
        TypeError,
        /options\.unsaved/,
      );
      expect(() => evaluate({ file: 'a.h', args: {} })).to.throw(TypeError, /evaluate\(options\): options\.args/);
    });
  });

  describe('evaluate()', function () {
    // the probe form for macros: `static __auto_type __cffi_m_NAME = NAME;` (no parentheses: a
    // parenthesized string literal cannot be evaluated by libclang)
    const macros = {
      Z_OK: { kind: 'int', value: '0', unsigned: false },
      ZLIB_VERSION: { kind: 'string' },
      NEG: { kind: 'int', value: '-1', unsigned: false },
      BIT31: { kind: 'int', value: '2147483648', unsigned: true },
      ALLF: { kind: 'int', value: '18446744073709551615', unsigned: true },
      FL: { kind: 'float', value: 1.5 },
      NUL: { kind: 'int', value: '0', unsigned: false },
      ZEXTERN: undefined,
      OF: undefined,
      Z_DEFLATED: { kind: 'int', value: '8', unsigned: false },
    };
    const source = [
      '#include <zlib.h>',
      '#define NEG (-1)',
      '#define BIT31 (1u<<31)',
      '#define ALLF 0xffffffffffffffffULL',
      '#define FL 1.5f',
      '#define NUL ((void*)0)',
      ...Object.keys(macros).map((m) => `static __auto_type __cffi_m_${m} = ${m};`),
    ];
    let result;
    before(function () {
      result = evaluate({
        file: '/virtual/probe.c',
        args: ['-x', 'c'],
        unsaved: [{ file: '/virtual/probe.c', contents: source.join('\n') + '\n' }],
      });
    });

    it('evaluates each probe on its line', function () {
      expect(result.values.map((v) => v.name)).to.deep.equal(Object.keys(macros).map((m) => `__cffi_m_${m}`));
      result.values.forEach((v, i) => expect(v.line).to.equal(7 + i));
      for (const v of result.values) {
        const want = macros[v.name.slice('__cffi_m_'.length)];
        if (want === undefined) expect(v, v.name).not.to.have.property('value');
        else expect(v.value, v.name).to.include(want);
      }
      expect(result.values[1].value.value).to.match(/^1\.\d+/);
    });

    it('types each probe', function () {
      const byName = Object.fromEntries(result.values.map((v) => [v.name, v.type]));
      expect(byName.__cffi_m_BIT31).to.include({ kind: 'primitive', name: 'unsigned int' });
      expect(byName.__cffi_m_ALLF).to.include({ kind: 'primitive', name: 'unsigned long long' });
      expect(byName.__cffi_m_FL).to.include({ kind: 'primitive', name: 'float' });
      expect(byName.__cffi_m_NUL).to.include({ kind: 'pointer' });
      expect(byName.__cffi_m_ZLIB_VERSION).to.include({ kind: 'pointer', spelling: 'char *' });
    });

    it('reports a probe that is not an expression as an error on its line', function () {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.location.line)).to.deep.equal([14, 15]); // ZEXTERN, OF
      expect(errors.every((d) => d.location.file === '/virtual/probe.c')).to.equal(true);
    });
  });

  it('says how to install libclang when there is none', function () {
    expect(() => findLibclang({ LLVM_CONFIG: '/nonexistent/llvm-config' }, [])).to.throw(
      BuildError,
      'cffi-import: libclang not found. Install it: apt-get install libclang-dev ' +
        '(or set LIBCLANG_PATH to the folder that holds libclang.so)',
    );
    expect(() => findLibclang({ LIBCLANG_PATH: fixtures }, [])).to.throw(
      BuildError,
      /LIBCLANG_PATH=.* holds no libclang/,
    );
  });

  it('native/clang files call each other without a circle', function () {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'native', 'clang');
    const code = (f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"/g, ' ');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.c'));
    const owner = new Map(); // function -> the .c file that defines it
    for (const f of files)
      for (const [, fn] of code(f).matchAll(/^(?!static\b)\w[\w *]*?\b(\w+)\([^;{]*\)\s*\{/gm)) owner.set(fn, f);
    const uses = new Map(files.map((f) => [f, new Set()]));
    for (const f of files)
      for (const [, fn] of code(f).matchAll(/\b(\w+)\s*\(/g))
        if (owner.has(fn) && owner.get(fn) !== f) uses.get(f).add(owner.get(fn));
    expect([...uses.get('type.c')])
      .to.include('queue.c')
      .and.not.include('walk.c'); // the circle that was
    const circles = [];
    const visit = (f, trail) => {
      if (trail.includes(f)) return circles.push([...trail.slice(trail.indexOf(f)), f].join(' -> '));
      for (const g of uses.get(f)) visit(g, [...trail, f]);
    };
    files.forEach((f) => visit(f, []));
    expect(circles).to.deep.equal([]);
  });

  it('calls only the libclang functions listed in libclang-surface.h', function () {
    const surface = checkSurface();
    expect(surface.unlisted).to.deep.equal([]);
    expect(surface.unused).to.deep.equal([]);
  });
});
