/**
 * Turns the tape written by native/clang/*.c into the plain tree of native/index.d.ts.
 *
 * Why a tape: building each object through Node-API costs ~200 ns per property; object literals
 * built here are ~6x cheaper, which halves the time of a large parse. The addon writes numbers
 * into a Float64Array and every distinct string once into a NUL-separated string; a string slot
 * holds an index into that table, -1 meaning "absent" (the property is left out).
 *
 * Each reader below names the C writer it mirrors; both follow native/tape-layout.js, the one list of
 * the fields in tape order (spec/native-tape.spec.js checks the writers, the readers and index.d.ts).
 * RawType objects are shared: a type the tape already holds comes back as a reference to the same
 * object (code `ref`, index in order of completion), so treat the tree as read-only.
 */

import { codes } from './tape-layout.js';

// Codes (native/tape-layout.js, the same as native/clang/cffi-clang.h) are read as their names.
const STORAGE = codes.storage;
const SEVERITY = codes.severity;
const TAG = codes.tag;

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
    const code = this.num();
    const kind = codes.type[code];
    if (kind === 'ref') return this.types[this.num()];
    if (kind === undefined)
      throw new Error(`cffi-import: corrupt tape from the libclang addon (type kind ${code} at ${this.pos - 1})`);
    const t = {
      kind,
      spelling: this.str(),
      size: this.num(),
      align: this.num(),
      const: this.bool(),
      volatile: this.bool(),
    };
    switch (kind) {
      case 'primitive':
        t.name = this.str();
        t.signed = this.bool();
        break;
      case 'pointer':
        t.pointee = this.type();
        break;
      case 'array':
        t.element = this.type();
        t.length = this.num();
        break;
      case 'function': {
        t.result = this.type();
        const params = new Array(this.num());
        for (let i = 0; i < params.length; i++) params[i] = this.type();
        t.params = params;
        t.variadic = this.bool();
        t.noProto = this.bool();
        t.callConv = this.str();
        break;
      }
      case 'typedef':
        t.name = this.str();
        t.id = this.str();
        break;
      case 'record':
      case 'enum':
        t.id = this.str();
        break;
      case 'unsupported':
        t.clangKind = this.str();
        break;
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
    const deprecated = this.str();
    if (deprecated !== undefined) d.deprecated = deprecated;
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
    d.tag = TAG[this.num()];
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
      const code = this.num();
      const kind = codes.decl[code];
      if (kind === 'end') break;
      switch (kind) {
        case 'function':
          decls.push(this.func());
          break;
        case 'record':
          decls.push(this.record());
          break;
        case 'enum':
          decls.push(this.enumeration());
          break;
        case 'typedef':
          decls.push(this.typedef());
          break;
        case 'var':
          decls.push(this.variable());
          break;
        case 'macro':
          decls.push(this.macro());
          break;
        default:
          throw new Error(`cffi-import: corrupt tape from the libclang addon (decl kind ${code} at ${this.pos - 1})`);
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
    switch (codes.value[this.num()]) {
      case 'none':
        return undefined;
      case 'int':
        return { kind: 'int', value: this.str(), unsigned: this.bool() };
      case 'float':
        return { kind: 'float', value: this.num() };
      case 'string':
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
