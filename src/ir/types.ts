/**
 * The IR: plain, readonly, JSON-serialisable facts about the parsed headers. Declarations refer to
 * each other by id (the USR, or a synthetic id), so cycles such as `struct node { struct node *next; }`
 * are harmless. Passes never change it; their decisions go into a `Plan` (see `src/passes`).
 */

/** Identifies a declaration: libclang's USR, `anon:<file>:<offset>`, or `macro:<name>`. */
export type DeclId = string;

/** A point in a header. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** C's integer types, spelled as C spells them. `char` is plain char. */
export type IntName =
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
  | 'unsigned __int128';

/** Floating types the runtime carries; `long double` reads rounded to a double (docs/scalars.md). */
export type FloatName = 'float' | 'double' | 'long double';

/** Qualifiers that matter for conversions and for rendering C. */
export interface Qualified {
  readonly const?: true;
  readonly volatile?: true;
}

/** A C type, structurally. Named declarations are referenced by id. */
export type CType = Qualified &
  (
    | { readonly kind: 'void' }
    | { readonly kind: 'int'; readonly name: IntName; readonly size: number; readonly signed: boolean }
    | { readonly kind: 'float'; readonly name: FloatName; readonly size: number }
    /** `_Complex float` (size 8) or `_Complex double` (16): a pair of `name`s, crossing as `{ re, im }`. */
    | { readonly kind: 'complex'; readonly name: 'float' | 'double'; readonly size: number }
    /** `nonnull`: the header says `_Nonnull` (or `assume_nonnull`): never NULL, so `.d.ts` drops `| null`. */
    | { readonly kind: 'pointer'; readonly to: CType; readonly nonnull?: true }
    | { readonly kind: 'array'; readonly of: CType; readonly length?: number }
    | {
        readonly kind: 'function';
        readonly result: CType;
        readonly params: readonly CType[];
        readonly variadic: boolean;
      }
    | { readonly kind: 'typedef'; readonly id: DeclId; readonly name: string }
    | { readonly kind: 'record'; readonly id: DeclId }
    | { readonly kind: 'enum'; readonly id: DeclId }
    | { readonly kind: 'unsupported'; readonly spelling: string; readonly why: string }
  );

/** What every declaration carries. */
export interface DeclBase {
  readonly id: DeclId;
  readonly name: string;
  readonly location: Location;
  /** The header's own comment for the declaration, markers stripped. */
  readonly comment?: string;
  /** The declaration as written in the header. */
  readonly source?: string;
}

/** `int deflate(z_streamp strm, int flush);` */
export interface FunctionDecl extends DeclBase {
  readonly kind: 'function';
  readonly result: CType;
  readonly params: readonly { readonly name: string; readonly type: CType }[];
  readonly variadic: boolean;
  /** `int f();`: no prototype, so the parameters are unknown. */
  readonly noProto: boolean;
  readonly inline: boolean;
  readonly isStatic: boolean;
  /** the headers define it (a `static inline` body): it is not the library's symbol. */
  readonly hasBody: boolean;
  /** `__attribute__((deprecated("message")))`: the message, '' for none; absent when not deprecated. */
  readonly deprecated?: string;
  /**
   * a function-like macro called as a function (the generated C calls it by name, so it expands
   * there): its types `inferred` by the compiler from the functions it calls, or `declared` by `--macro`.
   */
  readonly macro?: 'inferred' | 'declared';
  /** for a function-like macro: the library functions its expansion calls (checked present first). */
  readonly calls?: readonly string[];
  /**
   * Set on a fixed instantiation of a variadic function (`--variadic`): the C function it calls
   * (`printf`), while `name` is its name on `lib`. Its parameters are the user's; it is not variadic.
   */
  readonly callee?: string;
}

/** One member of a struct or union. */
export interface Field {
  /** '' for an anonymous member. */
  readonly name: string;
  readonly type: CType;
  readonly offsetBits: number;
  readonly bitWidth?: number;
  readonly comment?: string;
}

/** `struct z_stream_s { ... }`, or a union. An incomplete record has no layout. */
export interface RecordDecl extends DeclBase {
  readonly kind: 'record';
  readonly tag: 'struct' | 'union';
  readonly anonymous: boolean;
  readonly complete: boolean;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly Field[];
}

/** One enumerator; the value is a decimal string so 64-bit values stay exact. */
export interface EnumConstant {
  readonly name: string;
  readonly value: string;
  readonly comment?: string;
  readonly location: Location;
}

/** `enum color { RED, GREEN }`. */
export interface EnumDecl extends DeclBase {
  readonly kind: 'enum';
  readonly anonymous: boolean;
  readonly base: CType;
  readonly constants: readonly EnumConstant[];
}

/** `typedef unsigned int uInt;` */
export interface TypedefDecl extends DeclBase {
  readonly kind: 'typedef';
  readonly type: CType;
}

/** `extern int errno_like;` */
export interface VarDecl extends DeclBase {
  readonly kind: 'var';
  readonly type: CType;
  readonly isStatic: boolean;
}

/** What the compiler made of an object-like macro, when it is a constant. */
export type MacroValue =
  | { readonly kind: 'int'; readonly value: string; readonly type: CType }
  | { readonly kind: 'float'; readonly value: number; readonly type: CType }
  | { readonly kind: 'string'; readonly value: string }
  /**
   * `((sqlite3_destructor_type)-1)`, `((void *) 0)`: a pointer the compiler made from a constant
   * address (`value`, decimal; `'0'` is NULL), of the type the compiler gives the expression.
   */
  | { readonly kind: 'pointer'; readonly value: string; readonly type: CType }
  /** `((Color){255, 255, 255, 255})`: a compound literal of a record type; its bytes come from C at load. */
  | { readonly kind: 'record'; readonly type: CType };

/** `#define Z_OK 0`. `value` is absent when the body is not a constant expression. */
export interface MacroDecl extends DeclBase {
  readonly kind: 'macro';
  readonly functionLike: boolean;
  readonly body: string;
  readonly value?: MacroValue;
  /** Why the macro has no value, when it has none. */
  readonly notConstant?: string;
  /** a function-like macro that is not callable: why, and the `--macro` signature that would make it so. */
  readonly notCallable?: { readonly why: string; readonly declare: string };
}

/** Any declaration. */
export type Decl = FunctionDecl | RecordDecl | EnumDecl | TypedefDecl | VarDecl | MacroDecl;

/** The kinds, for exhaustive switches. */
export type DeclKind = Decl['kind'];

/** A problem libclang reported while parsing. */
export interface ParseDiagnostic {
  readonly severity: 'warning' | 'error' | 'fatal';
  readonly message: string;
  readonly location?: Location;
}

/** Facts about the machine the headers are compiled for, as libclang sees it with the user's flags. */
export interface Target {
  /** plain `char` is signed (x86-64) or unsigned (arm64, or `-funsigned-char`): how a `char` reads in JS. */
  readonly charIsSigned: boolean;
}

/** The whole parsed input. `decls` is in source order; `headers` are the named headers, resolved. */
export interface Ir {
  readonly headers: readonly string[];
  /** how generated C includes each named header: `<zlib.h>`, or a quoted absolute path. */
  readonly includes: readonly string[];
  /** the files whose declarations the default selection takes: the headers and their own sub-headers (headerScope). */
  readonly scope: readonly string[];
  readonly target: Target;
  readonly decls: readonly Decl[];
  readonly diagnostics: readonly ParseDiagnostic[];
}
