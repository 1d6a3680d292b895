/**
 * The tape's layout, written down once: every record the C writers (native/clang/*.c) put on the
 * tape, its fields in tape order and how each is encoded. native/decode.js takes its codes from
 * here; spec/native-tape.spec.js holds the three sides to this list: it reads real tapes with a
 * reader driven by this list alone (so a field the C side adds or drops breaks it), compares that
 * with what decode.js makes of the same tape, and compares the list with native/index.d.ts
 * through the TypeScript compiler. When you add a field, add it here, in the C writer, in
 * decode.js and in index.d.ts, at the same place.
 *
 * Encodings of a field:
 * - `'num'`, `'bool'` (0 or 1), `'str'` (index into the string table, -1 reads as undefined);
 * - `'str?'`: a string whose property is left out when it is -1 (comments);
 * - `{ enum: 'storage' }`: a number indexing `codes.storage`, read as that string;
 * - `{ list: enc }`: a count, then that many `enc`;
 * - `{ table: [[name, enc], ...] }`: a count n, then n of the first column, n of the second, ...,
 *   read as n objects (function parameters: the names stay together so a redeclaration can patch them);
 * - `{ maybe: enc }`: a bool, then `enc` when true; the property is left out when false;
 * - the name of a record (`'location'`) or of a family (`'type'`, `'decl'`, `'value'`).
 *
 * A family is a code (`codes[family]`) followed by the member record it names. Members get
 * `kind: <code name>`, then the family's base fields, then their own. `end` closes a list of
 * decls, `ref` is a type already read (followed by its index in order of completion), `none` is
 * no value (the property is left out).
 */

/** The codes of native/clang/cffi-clang.h (DECL_*, TYPE_*, STORAGE_*, VALUE_*), in order from 0. */
export const codes = {
  decl: ['end', 'function', 'record', 'enum', 'typedef', 'var', 'macro'],
  type: ['ref', 'primitive', 'pointer', 'array', 'function', 'typedef', 'record', 'enum', 'unsupported'],
  storage: ['extern', 'static', 'none'],
  value: ['none', 'int', 'float', 'string'],
  /** CXDiagnosticSeverity */
  severity: ['ignored', 'note', 'warning', 'error', 'fatal'],
  /** RawRecord.tag, written as a bool: is it a union */
  tag: ['struct', 'union'],
};

/** Families: a code from `codes[name]`, then a member record. */
export const families = {
  decl: { base: 'declBase', end: 'end', dts: 'RawDecl' },
  type: { base: 'typeBase', ref: 'ref', dts: 'RawType' },
  value: { none: 'none', dts: 'RawValue' },
};

/**
 * Every record: `fields` in tape order; `family` + `kind` for a family member; `writer` the C
 * function that writes it and `dts` the type of native/index.d.ts that describes it.
 */
export const records = {
  translationUnit: {
    writer: 'walk.c write_translation_unit',
    dts: 'RawTranslationUnit',
    fields: [
      ['decls', 'decl'],
      ['file', 'str'],
      ['files', { list: 'str' }],
      ['diagnostics', { list: 'diagnostic' }],
      ['clangVersion', 'str'],
    ],
  },
  evaluation: {
    writer: 'evaluate.c write_evaluation',
    dts: 'RawEvaluation',
    fields: [
      ['values', { list: 'evaluated' }],
      ['diagnostics', { list: 'diagnostic' }],
    ],
  },
  location: {
    writer: 'location.c write_location',
    dts: 'RawLocation',
    fields: [
      ['file', 'str'],
      ['line', 'num'],
      ['column', 'num'],
      ['offset', 'num'],
    ],
  },
  extent: {
    writer: 'location.c write_extent',
    dts: 'RawExtent',
    fields: [
      ['start', 'location'],
      ['end', 'location'],
    ],
  },
  diagnostic: {
    writer: 'diag.c write_diagnostic',
    dts: 'RawDiagnostic',
    fields: [
      ['severity', { enum: 'severity' }],
      ['message', 'str'],
      ['location', { maybe: 'location' }],
    ],
  },

  // ---- decls
  declBase: {
    writer: 'location.c write_decl_base',
    dts: 'RawDeclBase',
    fields: [
      ['id', 'str'],
      ['name', 'str'],
      ['location', 'location'],
      ['extent', 'extent'],
      ['comment', 'str?'],
    ],
  },
  function: {
    family: 'decl',
    kind: 'function',
    writer: 'walk.c write_function',
    dts: 'RawFunction',
    fields: [
      ['result', 'type'],
      [
        'params',
        {
          table: [
            ['name', 'str'],
            ['type', 'type'],
          ],
        },
      ],
      ['variadic', 'bool'],
      ['noProto', 'bool'],
      ['storage', { enum: 'storage' }],
      ['inline', 'bool'],
      ['definition', 'bool'],
      ['type', 'type'],
      ['deprecated', 'str?'],
    ],
  },
  record: {
    family: 'decl',
    kind: 'record',
    writer: 'record.c write_record',
    dts: 'RawRecord',
    fields: [
      ['tag', { enum: 'tag' }],
      ['anonymous', 'bool'],
      ['complete', 'bool'],
      ['size', 'num'],
      ['align', 'num'],
      ['fields', { list: 'field' }],
      ['packed', 'bool'],
    ],
  },
  field: {
    writer: 'record.c write_field',
    dts: 'RawField',
    fields: [
      ['name', 'str'],
      ['type', 'type'],
      ['offsetBits', 'num'],
      ['bitWidth', 'num'],
      ['comment', 'str?'],
      ['location', 'location'],
    ],
  },
  enum: {
    family: 'decl',
    kind: 'enum',
    writer: 'record.c write_enum',
    dts: 'RawEnum',
    fields: [
      ['anonymous', 'bool'],
      ['integerType', 'type'],
      ['constants', { list: 'enumConstant' }],
    ],
  },
  enumConstant: {
    writer: 'record.c visit_constant',
    dts: 'RawEnumConstant',
    fields: [
      ['name', 'str'],
      ['value', 'str'],
      ['location', 'location'],
      ['comment', 'str?'],
    ],
  },
  typedef: {
    family: 'decl',
    kind: 'typedef',
    writer: 'walk.c write_typedef',
    dts: 'RawTypedef',
    fields: [['underlying', 'type']],
  },
  var: {
    family: 'decl',
    kind: 'var',
    writer: 'walk.c write_var',
    dts: 'RawVar',
    fields: [
      ['type', 'type'],
      ['storage', { enum: 'storage' }],
    ],
  },
  macro: {
    family: 'decl',
    kind: 'macro',
    writer: 'macro.c write_macro',
    dts: 'RawMacro',
    fields: [
      ['functionLike', 'bool'],
      ['params', { list: 'str' }],
      ['tokens', { list: 'str' }],
    ],
  },

  // ---- types (type.c write_type)
  typeBase: {
    writer: 'type.c write_type',
    dts: 'RawTypeBase',
    fields: [
      ['spelling', 'str'],
      ['size', 'num'],
      ['align', 'num'],
      ['const', 'bool'],
      ['volatile', 'bool'],
    ],
  },
  primitiveType: {
    family: 'type',
    kind: 'primitive',
    fields: [
      ['name', 'str'],
      ['signed', 'bool'],
    ],
  },
  pointerType: { family: 'type', kind: 'pointer', fields: [['pointee', 'type']] },
  arrayType: {
    family: 'type',
    kind: 'array',
    fields: [
      ['element', 'type'],
      ['length', 'num'],
    ],
  },
  functionType: {
    family: 'type',
    kind: 'function',
    writer: 'type.c write_function',
    fields: [
      ['result', 'type'],
      ['params', { list: 'type' }],
      ['variadic', 'bool'],
      ['noProto', 'bool'],
      ['callConv', 'str'],
    ],
  },
  typedefType: {
    family: 'type',
    kind: 'typedef',
    writer: 'type.c write_named',
    fields: [
      ['name', 'str'],
      ['id', 'str'],
    ],
  },
  recordType: { family: 'type', kind: 'record', writer: 'type.c write_named', fields: [['id', 'str']] },
  enumType: { family: 'type', kind: 'enum', writer: 'type.c write_named', fields: [['id', 'str']] },
  unsupportedType: { family: 'type', kind: 'unsupported', fields: [['clangKind', 'str']] },

  // ---- evaluate()
  evaluated: {
    writer: 'evaluate.c write_evaluated',
    dts: 'RawEvaluated',
    fields: [
      ['name', 'str'],
      ['type', 'type'],
      ['line', 'num'],
      ['value', 'value'],
    ],
  },
  intValue: {
    family: 'value',
    kind: 'int',
    writer: 'evaluate.c write_value',
    fields: [
      ['value', 'str'],
      ['unsigned', 'bool'],
    ],
  },
  floatValue: { family: 'value', kind: 'float', writer: 'evaluate.c write_value', fields: [['value', 'num']] },
  stringValue: { family: 'value', kind: 'string', writer: 'evaluate.c write_value', fields: [['value', 'str']] },
};
