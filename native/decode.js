/**
 * Turns the tape written by native/clang/*.c into the plain tree of native/index.d.ts.
 *
 * Why a tape: building each object through Node-API costs ~200 ns per property; object literals
 * built here are ~6x cheaper, which halves the time of a large parse. The addon writes numbers
 * into a Float64Array and every distinct string once into a NUL-separated string; a string slot
 * holds an index into that table, -1 meaning "absent" (the property is left out).
 *
 * Each reader below names the C writer it mirrors; the two must list the fields in the same order.
 * RawType objects are shared: a type the tape already holds comes back as a reference to the same
 * object (TYPE_REF, index in order of completion), so treat the tree as read-only.
 */

// Codes: native/clang/cffi-clang.h
const DECL_END = 0,
  DECL_FUNCTION = 1,
  DECL_RECORD = 2,
  DECL_ENUM = 3,
  DECL_TYPEDEF = 4,
  DECL_VAR = 5,
  DECL_MACRO = 6;
const TYPE_REF = 0,
  TYPE_PRIMITIVE = 1,
  TYPE_POINTER = 2,
  TYPE_ARRAY = 3,
  TYPE_FUNCTION = 4,
  TYPE_TYPEDEF = 5,
  TYPE_RECORD = 6,
  TYPE_ENUM = 7,
  TYPE_UNSUPPORTED = 8;
const VALUE_NONE = 0,
  VALUE_INT = 1,
  VALUE_FLOAT = 2,
  VALUE_STRING = 3;
const STORAGE = ['extern', 'static', 'none'];
/** CXDiagnosticSeverity order. */
const SEVERITY = ['ignored', 'note', 'warning', 'error', 'fatal'];

class TapeReader {
  /** @param {{ tape: Float64Array, strings: string }} raw */
  constructor(raw) {
    this.tape = raw.tape;
    this.strings = raw.strings.length === 0 ? [''] : raw.strings.split('\0');
    this.pos = 0;
    /** @type {object[]} */
    this.types = [];
  }

  num() {
    return this.tape[this.pos++];
  }

  bool() {
    return this.tape[this.pos++] !== 0;
  }

  /** A string, or undefined for -1. */
  str() {
    const i = this.tape[this.pos++];
    return i < 0 ? undefined : this.strings[i];
  }

  /** location.c write_location */
  location() {
    return { file: this.str(), line: this.num(), column: this.num(), offset: this.num() };
  }

  /** location.c write_extent */
  extent() {
    return { start: this.location(), end: this.location() };
  }

  /** type.c write_type */
  type() {
    const kind = this.num();
    if (kind === TYPE_REF) return this.types[this.num()];
    const spelling = this.str(),
      size = this.num(),
      align = this.num(),
      isConst = this.bool(),
      isVolatile = this.bool();
    let t;
    switch (kind) {
      case TYPE_PRIMITIVE:
        t = {
          kind: 'primitive',
          spelling,
          size,
          align,
          const: isConst,
          volatile: isVolatile,
          name: this.str(),
          signed: this.bool(),
        };
        break;
      case TYPE_POINTER:
        t = { kind: 'pointer', spelling, size, align, const: isConst, volatile: isVolatile, pointee: this.type() };
        break;
      case TYPE_ARRAY:
        t = {
          kind: 'array',
          spelling,
          size,
          align,
          const: isConst,
          volatile: isVolatile,
          element: this.type(),
          length: this.num(),
        };
        break;
      case TYPE_FUNCTION: {
        const result = this.type();
        const params = new Array(this.num());
        for (let i = 0; i < params.length; i++) params[i] = this.type();
        t = {
          kind: 'function',
          spelling,
          size,
          align,
          const: isConst,
          volatile: isVolatile,
          result,
          params,
          variadic: this.bool(),
          noProto: this.bool(),
          callConv: this.str(),
        };
        break;
      }
      case TYPE_TYPEDEF:
        t = {
          kind: 'typedef',
          spelling,
          size,
          align,
          const: isConst,
          volatile: isVolatile,
          name: this.str(),
          id: this.str(),
        };
        break;
      case TYPE_RECORD:
        t = { kind: 'record', spelling, size, align, const: isConst, volatile: isVolatile, id: this.str() };
        break;
      case TYPE_ENUM:
        t = { kind: 'enum', spelling, size, align, const: isConst, volatile: isVolatile, id: this.str() };
        break;
      case TYPE_UNSUPPORTED:
        t = { kind: 'unsupported', spelling, size, align, const: isConst, volatile: isVolatile, clangKind: this.str() };
        break;
      default:
        throw new Error(`cffi-import: corrupt tape from the libclang addon (type kind ${kind} at ${this.pos - 6})`);
    }
    this.types.push(t);
    return t;
  }

  /** location.c write_decl_base: fills id, name, location, extent and comment of `kind`. */
  declBase(kind) {
    const d = { kind, id: this.str(), name: this.str(), location: this.location(), extent: this.extent() };
    const comment = this.str();
    if (comment !== undefined) d.comment = comment;
    return d;
  }

  /** walk.c write_function */
  func() {
    const d = this.declBase('function');
    d.result = this.type();
    const params = new Array(this.num());
    for (let i = 0; i < params.length; i++) params[i] = { name: this.str(), type: undefined };
    for (let i = 0; i < params.length; i++) params[i].type = this.type();
    d.params = params;
    d.variadic = this.bool();
    d.noProto = this.bool();
    d.storage = STORAGE[this.num()];
    d.inline = this.bool();
    d.definition = this.bool();
    d.type = this.type();
    return d;
  }

  /** record.c write_field */
  field() {
    const f = { name: this.str(), type: this.type(), offsetBits: this.num(), bitWidth: this.num() };
    const comment = this.str();
    if (comment !== undefined) f.comment = comment;
    f.location = this.location();
    return f;
  }

  /** record.c write_record */
  record() {
    const d = this.declBase('record');
    d.tag = this.bool() ? 'union' : 'struct';
    d.anonymous = this.bool();
    d.complete = this.bool();
    d.size = this.num();
    d.align = this.num();
    const fields = new Array(this.num());
    for (let i = 0; i < fields.length; i++) fields[i] = this.field();
    d.fields = fields;
    d.packed = this.bool();
    return d;
  }

  /** record.c write_enum */
  enumeration() {
    const d = this.declBase('enum');
    d.anonymous = this.bool();
    d.integerType = this.type();
    const constants = new Array(this.num());
    for (let i = 0; i < constants.length; i++) {
      const k = { name: this.str(), value: this.str(), location: this.location() };
      const comment = this.str();
      if (comment !== undefined) k.comment = comment;
      constants[i] = k;
    }
    d.constants = constants;
    return d;
  }

  /** walk.c write_typedef */
  typedef() {
    const d = this.declBase('typedef');
    d.underlying = this.type();
    return d;
  }

  /** walk.c write_var */
  variable() {
    const d = this.declBase('var');
    d.type = this.type();
    d.storage = STORAGE[this.num()];
    return d;
  }

  /** macro.c write_macro */
  macro() {
    const d = this.declBase('macro');
    d.functionLike = this.bool();
    const params = new Array(this.num());
    for (let i = 0; i < params.length; i++) params[i] = this.str();
    d.params = params;
    const tokens = new Array(this.num());
    for (let i = 0; i < tokens.length; i++) tokens[i] = this.str();
    d.tokens = tokens;
    return d;
  }

  /** diag.c write_diagnostics */
  diagnostics() {
    const list = new Array(this.num());
    for (let i = 0; i < list.length; i++) {
      const d = { severity: SEVERITY[this.num()], message: this.str() };
      if (this.bool()) d.location = this.location();
      list[i] = d;
    }
    return list;
  }

  /** walk.c write_translation_unit */
  translationUnit() {
    const decls = [];
    for (;;) {
      const kind = this.num();
      if (kind === DECL_END) break;
      switch (kind) {
        case DECL_FUNCTION:
          decls.push(this.func());
          break;
        case DECL_RECORD:
          decls.push(this.record());
          break;
        case DECL_ENUM:
          decls.push(this.enumeration());
          break;
        case DECL_TYPEDEF:
          decls.push(this.typedef());
          break;
        case DECL_VAR:
          decls.push(this.variable());
          break;
        case DECL_MACRO:
          decls.push(this.macro());
          break;
        default:
          throw new Error(`cffi-import: corrupt tape from the libclang addon (decl kind ${kind} at ${this.pos - 1})`);
      }
    }
    const file = this.str();
    const files = new Array(this.num());
    for (let i = 0; i < files.length; i++) files[i] = this.str();
    const diagnostics = this.diagnostics();
    return { file, files, decls, diagnostics, clangVersion: this.str() };
  }

  /** evaluate.c write_value */
  value() {
    switch (this.num()) {
      case VALUE_NONE:
        return undefined;
      case VALUE_INT:
        return { kind: 'int', value: this.str(), unsigned: this.bool() };
      case VALUE_FLOAT:
        return { kind: 'float', value: this.num() };
      case VALUE_STRING:
        return { kind: 'string', value: this.str() };
      default:
        throw new Error('cffi-import: corrupt tape from the libclang addon (value kind)');
    }
  }

  /** evaluate.c write_evaluation */
  evaluation() {
    const values = new Array(this.num());
    for (let i = 0; i < values.length; i++) {
      const v = { name: this.str(), type: this.type(), line: this.num() };
      const value = this.value();
      if (value !== undefined) v.value = value;
      values[i] = v;
    }
    return { diagnostics: this.diagnostics(), values };
  }

  /** Fails loudly when a reader and its writer disagree about the layout. */
  done(result) {
    if (this.pos !== this.tape.length) {
      throw new Error(`cffi-import: corrupt tape from the libclang addon (read ${this.pos} of ${this.tape.length})`);
    }
    return result;
  }
}

/** @returns {import('./index.js').RawTranslationUnit} */
export function decodeTranslationUnit(raw) {
  const r = new TapeReader(raw);
  return r.done(r.translationUnit());
}

/** @returns {ReturnType<typeof import('./index.js').evaluate>} */
export function decodeEvaluation(raw) {
  const r = new TapeReader(raw);
  return r.done(r.evaluation());
}
