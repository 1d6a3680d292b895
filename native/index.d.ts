/**
 * The libclang binding: one call parses one translation unit, walks it in C and returns one plain
 * tree. This file is the contract between `native/clang/*.c` and `src/parse`; the order in which
 * the fields cross is native/tape-layout.js, which spec/native-tape.spec.js compares with this file.
 *
 * Conventions of the tree:
 * - every cursor that declares something carries `id` (its USR, or `anon:<file>:<offset>` when
 *   libclang gives none) so the JS side can refer to it without object identity;
 * - types are written out structurally (`RawType`); a named declaration is referred to by `id`;
 *   Elaborated types (`struct foo` as written) are unwrapped to what they name;
 * - sizes, alignments and offsets are what libclang computed (`-1` when unknown/incomplete);
 * - enum values are decimal strings so that 64-bit values stay exact;
 * - every id a type refers to is also a decl of the tree: implicit declarations reached through a
 *   type (`__builtin_va_list`, `struct __va_list_tag`) are decls too, with `location.file === ''`;
 * - RawType objects are shared (the same clang type is the same object): treat the tree as read-only.
 */

/**
 * A point in a source file. `offset` is the byte offset in that file. `file` is the real path
 * (absolute, symlinks resolved) when libclang knows one, else the name it was given (unsaved
 * files), and `''` for built-in declarations.
 */
export interface RawLocation {
  file: string;
  line: number;
  column: number;
  offset: number;
}

/** Where a declaration starts and ends in its file (end is exclusive, byte offsets). */
export interface RawExtent {
  start: RawLocation;
  end: RawLocation;
}

/** Integer kinds keep their exact C spelling; `char` is plain char (its signedness in `signed`). */
export type RawPrimitive =
  | 'void'
  | 'bool'
  | 'char'
  | 'signed char'
  | 'unsigned char'
  | 'short'
  | 'unsigned short'
  | 'int'
  | 'unsigned int'
  | 'long'
  | 'unsigned long'
  | 'long long'
  | 'unsigned long long'
  | '__int128'
  | 'unsigned __int128'
  | 'float'
  | 'double'
  | 'long double'
  | 'float16'
  | 'float128';

/** A C type as libclang sees it, written out structurally. */
export type RawType = RawTypeBase &
  (
    | { kind: 'primitive'; name: RawPrimitive; signed: boolean }
    | { kind: 'pointer'; pointee: RawType }
    | { kind: 'array'; element: RawType; length: number /* -1: incomplete `[]`, or a VLA parameter `[n]` */ }
    /** `variadic` is false for `int ()` (noProto says it); callConv: 'c', 'stdcall', 'ms_abi', ... */
    | { kind: 'function'; result: RawType; params: RawType[]; variadic: boolean; noProto: boolean; callConv: string }
    | { kind: 'typedef'; name: string; id: string }
    | { kind: 'record'; id: string }
    | { kind: 'enum'; id: string }
    | { kind: 'unsupported'; clangKind: string }
  );

/** What every type carries. */
export interface RawTypeBase {
  /** clang_getTypeSpelling, e.g. `const Bytef *`. */
  spelling: string;
  /** bytes; -1 when incomplete or not applicable (void, functions). */
  size: number;
  align: number;
  const: boolean;
  volatile: boolean;
}

/** Shared by every declaration. */
export interface RawDeclBase {
  id: string;
  name: string;
  location: RawLocation;
  extent: RawExtent;
  /** clang_Cursor_getRawCommentText, or undefined. */
  comment?: string;
}

/**
 * A function, written once at its first declaration; its comment comes from any declaration and a
 * parameter name the first one leaves out comes from a later one.
 */
export interface RawFunction extends RawDeclBase {
  kind: 'function';
  result: RawType;
  params: { name: string; type: RawType }[];
  /** has `...`; false for `int f();` */
  variadic: boolean;
  /** declared without a prototype: `int f();` */
  noProto: boolean;
  storage: 'extern' | 'static' | 'none';
  inline: boolean;
  /** the declaration has a body in the TU (e.g. `static inline` in a header). */
  definition: boolean;
  /** the function's full type. */
  type: RawType;
  /** `__attribute__((deprecated("message")))`: the message ('' when none); absent when not deprecated. */
  deprecated?: string;
}

export interface RawField {
  /** '' for an anonymous member (C11 `struct { union { int a; }; }`). */
  name: string;
  type: RawType;
  /** bit offset from the start of the record. */
  offsetBits: number;
  /** -1 when not a bitfield. */
  bitWidth: number;
  comment?: string;
  location: RawLocation;
}

/**
 * A struct or union, described by its definition wherever that is. Definitions nested in a record
 * are decls of their own (fields refer to them by id); a C11 anonymous member is a field named ''.
 */
export interface RawRecord extends RawDeclBase {
  kind: 'record';
  tag: 'struct' | 'union';
  /** true when the record has no tag name (`typedef struct { ... } foo;`, nested members). */
  anonymous: boolean;
  /** false for a forward declaration without a definition in the TU. */
  complete: boolean;
  size: number;
  align: number;
  fields: RawField[];
  /** has `__attribute__((packed))` (a `#pragma pack` is not visible to libclang). */
  packed: boolean;
}

export interface RawEnum extends RawDeclBase {
  kind: 'enum';
  anonymous: boolean;
  integerType: RawType;
  constants: RawEnumConstant[];
}

/** One constant of an enum; `value` is decimal, exact for 64-bit values. */
export interface RawEnumConstant {
  name: string;
  value: string;
  location: RawLocation;
  comment?: string;
}

export interface RawTypedef extends RawDeclBase {
  kind: 'typedef';
  underlying: RawType;
}

export interface RawVar extends RawDeclBase {
  kind: 'var';
  type: RawType;
  storage: 'extern' | 'static' | 'none';
}

/**
 * A macro definition (never `comment`: libclang attaches none to macros). Each definition is a
 * decl, in TU order: after `#undef X` / `#define X` the last one is in effect. Definitions in
 * system headers share one USR (`c:@macro@X`); the second and later get `#2`, `#3`, ... appended.
 */
export interface RawMacro extends RawDeclBase {
  kind: 'macro';
  functionLike: boolean;
  /** parameter names of a function-like macro: `(fmt, ...)` gives ['fmt', '...'], GNU `(args...)` ['args...']. */
  params: string[];
  /** the replacement list as token spellings. */
  tokens: string[];
}

/** Any top-level declaration. Nested record/enum definitions are hoisted to the top level. */
export type RawDecl = RawFunction | RawRecord | RawEnum | RawTypedef | RawVar | RawMacro;

export interface RawDiagnostic {
  severity: 'ignored' | 'note' | 'warning' | 'error' | 'fatal';
  message: string;
  /** undefined when the diagnostic has no location (e.g. a bad command-line flag). */
  location?: RawLocation;
}

/** One translation unit as plain data. */
export interface RawTranslationUnit {
  /** the main file that was parsed, spelled as in RawLocation.file. */
  file: string;
  /** each file the TU read, in inclusion order (the main file first). */
  files: string[];
  /**
   * libclang's order: every macro definition first (in preprocessing order), then the
   * declarations (in TU order), each followed by the nested or implicit definitions it reached.
   */
  decls: RawDecl[];
  diagnostics: RawDiagnostic[];
  /** libclang's version string. */
  clangVersion: string;
}

/** Options of one parse. */
export interface ParseOptions {
  /** path of the file to parse. */
  file: string;
  /** command-line arguments for clang (`-I`, `-D`, `-x c`, ...). */
  args: string[];
  /** contents to use instead of what is on disk, by path (CXUnsavedFile). */
  unsaved?: { file: string; contents: string }[];
}

/** Parses one translation unit and returns it as a plain tree. Throws only when libclang cannot create a TU at all. */
export function parse(options: ParseOptions): RawTranslationUnit;

/** The value of one initializer; an int is decimal, exact for 64-bit values. */
export type RawValue =
  | { kind: 'int'; value: string; unsigned: boolean }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

/** One top-level variable of the main file and the value of its initializer, when it has one. */
export interface RawEvaluated {
  name: string;
  type: RawType;
  /** the variable's line in the main file. */
  line: number;
  value?: RawValue;
}

/** What evaluate() returns. */
export interface RawEvaluation {
  values: RawEvaluated[];
  diagnostics: RawDiagnostic[];
}

/**
 * Evaluates each initializer of the top-level variables of the TU's main file (clang_Cursor_Evaluate).
 * Probe a macro with `static __auto_type __cffi_m_NAME = NAME;` — without parentheses around NAME:
 * libclang cannot evaluate a parenthesized string literal. A probe that does not compile has no
 * `value` and an error diagnostic on its `line`. For a pointer made by a cast (`(void *)0`,
 * `((void *)-1)`) `value` is the integer (or string) the cast converts.
 */
export function evaluate(options: ParseOptions): RawEvaluation;

/** What the addon returns before native/decode.js: numbers, and every string once, NUL-separated. */
export interface RawTape {
  tape: Float64Array;
  strings: string;
}

/** The addon itself, undecoded (the tape's layout is native/tape-layout.js). */
export function rawBinding(): { parse(options: ParseOptions): RawTape; evaluate(options: ParseOptions): RawTape };
