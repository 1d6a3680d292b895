/**
 * The runtime's type-spelling parser (`TypeRegistry.parse`, what `ffi.new`, `ffi.cast`, `ffi.sizeof`
 * read), on the runtime directly: a registry built as a generated `index.js` builds one, with a
 * record, a typedef and a function type defined through the same calls.
 */
import { expect } from 'chai';
import { functionType, recordType, TypeRegistry, type RecordType, type RtType } from '../src/runtime/index.cjs';
import { PRIMITIVE_ALIASES, PRIMITIVES } from '../src/runtime/primitives.cjs';

/** A registry with `struct foo` (8 bytes), its typedef `foo_t`, and `int (int, int)`. */
function registry(charSigned = true): { types: TypeRegistry; foo: RecordType; fn: RtType } {
  const types = new TypeRegistry(charSigned);
  const foo = types.define(recordType('struct foo', 8, 4, false));
  types.alias('foo_t', foo);
  const fn = types.define(functionType('int (int, int)'));
  return { types, foo, fn };
}

/** The shape of a type, spelled out: kind, name, size, and what it is made of. */
function shape(t: RtType): unknown {
  switch (t.kind) {
    case 'pointer':
      return { kind: 'pointer', name: t.name, string: t.string, bytes: t.bytes, to: shape(t.to) };
    case 'array':
      return { kind: 'array', length: t.length, size: t.size, of: shape(t.of) };
    default:
      return { kind: t.kind, name: t.name, size: t.size };
  }
}

describe('runtime: C type spellings', function () {
  describe('good spellings', function () {
    it('reads every primitive spelling of the table as its canonical type', function () {
      const { types } = registry();
      for (const [name, p] of Object.entries(PRIMITIVES)) {
        const t = types.parse(name);
        expect(t.name, name).to.equal(name);
        expect(t.kind, name).to.equal(p.kind);
        if (p.kind !== 'void') expect(t.size, name).to.equal(p.size);
      }
      for (const [alias, canon] of Object.entries(PRIMITIVE_ALIASES))
        expect(types.parse(alias), alias).to.equal(types.parse(canon));
      expect(types.parse('intptr_t').name).to.equal('long');
      expect(types.parse('size_t').name).to.equal('unsigned long');
    });

    it('gives plain char the signedness of the target', function () {
      const signed = registry(true).types.parse('char');
      const unsigned = registry(false).types.parse('char');
      if (signed.kind !== 'int' || unsigned.kind !== 'int') throw new Error('char is not an integer');
      expect([signed.range.min, signed.range.max]).to.deep.equal([-128n, 127n]);
      expect([unsigned.range.min, unsigned.range.max]).to.deep.equal([0n, 255n]);
    });

    it('reads records, typedefs and pointers to them, whatever the spacing', function () {
      const { types, foo } = registry();
      const p = types.parse('struct foo *');
      expect(p).to.deep.include({ kind: 'pointer', name: 'struct foo *', to: foo, size: 8 });
      for (const s of ['struct foo*', '  struct   foo  *  ', 'foo_t *', 'const struct foo *', 'struct foo * const'])
        expect(types.parse(s), s).to.equal(p);
      expect(types.parse('foo_t')).to.equal(foo);
    });

    it('reads pointers to pointers, qualifiers anywhere', function () {
      const { types } = registry();
      const pp = types.parse('int **');
      expect(shape(pp)).to.deep.equal({
        kind: 'pointer',
        name: 'int **',
        string: false,
        bytes: false,
        to: { kind: 'pointer', name: 'int *', string: false, bytes: false, to: { kind: 'int', name: 'int', size: 4 } },
      });
      expect(types.parse('int *const *')).to.equal(pp);
      expect(types.parse('volatile int')).to.equal(types.parse('int'));
      expect(types.parse('const volatile unsigned long long')).to.equal(types.parse('unsigned long long int'));
    });

    it('reads `const char *` as a string and other byte pointers as bytes', function () {
      const { types } = registry();
      expect(types.parse('const char *')).to.deep.include({ name: 'const char *', string: true, bytes: true });
      expect(types.parse('char const *')).to.equal(types.parse('const char *'));
      expect(types.parse('char *')).to.deep.include({ name: 'char *', string: false, bytes: true });
      expect(types.parse('const unsigned char *')).to.deep.include({ string: false, bytes: true });
      expect(types.parse('void *')).to.deep.include({ string: false, bytes: true });
      expect(types.parse('bool *')).to.deep.include({ string: false, bytes: false });
      // the const of the pointee only: a pointer to `const char *` is a plain pointer
      expect(types.parse('const char **')).to.deep.include({ string: false, bytes: false });
    });

    it('reads arrays: a length, none, several dimensions (the last is innermost), of pointers', function () {
      const { types, foo } = registry();
      const int = { kind: 'int', name: 'int', size: 4 };
      expect(shape(types.parse('int[16]'))).to.deep.equal({ kind: 'array', length: 16, size: 64, of: int });
      expect(shape(types.parse('char[]'))).to.deep.include({ kind: 'array', length: undefined, size: 0 });
      expect(shape(types.parse('int[2][3]'))).to.deep.equal({
        kind: 'array',
        length: 2,
        size: 24,
        of: { kind: 'array', length: 3, size: 12, of: int },
      });
      expect(shape(types.parse('int[][3]'))).to.deep.include({ length: undefined, size: 0 });
      const strings = types.parse('const char *[4]');
      expect(strings).to.deep.include({ kind: 'array', length: 4, size: 32, of: types.parse('const char *') });
      expect(types.parse('struct foo[ 2 ]')).to.deep.include({ kind: 'array', length: 2, size: 16, of: foo });
    });

    it('reads pointers to function types the module defines', function () {
      const { types, fn } = registry();
      expect(types.parse('int (int, int)')).to.equal(fn);
      expect(types.parse('int (int, int) *')).to.deep.include({ kind: 'pointer', name: 'int (*)(int, int)', to: fn });
    });

    it('returns one object per type, so types compare with ===', function () {
      const { types } = registry();
      expect(types.parse('int *')).to.equal(types.parse('int*'));
      expect(types.parse('int[4]')).to.equal(types.parse('int [4]'));
      expect(types.parse('int32_t *')).to.equal(types.parse('signed int *'));
      expect(types.parse('long *')).to.not.equal(types.parse('long long *'));
    });
  });

  describe('bad spellings', function () {
    const unknown = (name: string) =>
      `unknown C type '${name}': this module declares no such type (is it excluded, or spelled differently?)`;

    for (const [spelling, message] of [
      ['struct nope *', unknown('struct nope')],
      ['nope_t', unknown('nope_t')],
      ['', unknown('')],
      ['long long long', unknown('long long long')],
      ['unsigned float', unknown('unsigned float')],
      ['int[-1]', unknown('int[-1]')],
      ['int[n]', unknown('int[n]')],
      ['int & *', unknown('int &')],
      ['int[][]', "cannot read the C type 'int[][]': only the first array dimension may be left empty"],
      ['int[2][]', "cannot read the C type 'int[2][]': only the first array dimension may be left empty"],
    ] as const) {
      it(`rejects ${JSON.stringify(spelling)} with a TypeError that names it`, function () {
        const { types } = registry();
        expect(() => types.parse(spelling)).to.throw(TypeError, message);
      });
    }

    it('rejects what is not a string', function () {
      const { types } = registry();
      expect(() => types.parse(42 as unknown as string)).to.throw(
        TypeError,
        "expected a C type spelling such as 'int *', got number",
      );
    });

    it('does not remember a failure: a type defined later is found', function () {
      const { types } = registry();
      expect(() => types.parse('struct late *')).to.throw(TypeError, unknown('struct late'));
      const late = types.define(recordType('struct late', 4, 4, false));
      expect(types.parse('struct late *')).to.deep.include({ kind: 'pointer', to: late });
    });
  });
});
