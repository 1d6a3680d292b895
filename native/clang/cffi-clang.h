/*
 * Shared declarations of the libclang addon. The addon parses one translation unit, walks it in C
 * and hands JS one plain tree (native/index.d.ts is the contract).
 *
 * Every JS value of one call is created in the callback's own handle scope, so a napi_value stays
 * valid until the call returns; the caches below (file names, ids, types) rely on that.
 */
#ifndef CFFI_CLANG_H
#define CFFI_CLANG_H

#define NAPI_VERSION 8
#include <node_api.h>
#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- strings created once per call: property names and constant values ---------------------- */

#define CFFI_ATOMS(X) \
  X(empty, "") X(kind, "kind") X(id, "id") X(name, "name") X(location, "location") \
  X(extent, "extent") X(comment, "comment") X(file, "file") X(line, "line") X(column, "column") \
  X(offset, "offset") X(start, "start") X(end, "end") X(spelling, "spelling") X(size, "size") \
  X(align, "align") X(const, "const") X(volatile, "volatile") X(signed, "signed") \
  X(pointee, "pointee") X(element, "element") X(length, "length") X(result, "result") \
  X(params, "params") X(variadic, "variadic") X(noProto, "noProto") X(callConv, "callConv") \
  X(clangKind, "clangKind") X(type, "type") X(storage, "storage") X(inline, "inline") \
  X(definition, "definition") X(tag, "tag") X(anonymous, "anonymous") X(complete, "complete") \
  X(fields, "fields") X(packed, "packed") X(offsetBits, "offsetBits") X(bitWidth, "bitWidth") \
  X(integerType, "integerType") X(constants, "constants") X(value, "value") \
  X(underlying, "underlying") X(functionLike, "functionLike") X(tokens, "tokens") \
  X(severity, "severity") X(message, "message") X(files, "files") X(decls, "decls") \
  X(diagnostics, "diagnostics") X(clangVersion, "clangVersion") X(values, "values") \
  X(unsigned, "unsigned") \
  /* kinds */ \
  X(primitive, "primitive") X(pointer, "pointer") X(array, "array") X(function, "function") \
  X(typedef, "typedef") X(record, "record") X(enum, "enum") X(unsupported, "unsupported") \
  X(var, "var") X(macro, "macro") X(struct, "struct") X(union, "union") X(string, "string") \
  /* storage */ \
  X(extern, "extern") X(static, "static") X(none, "none") \
  /* severities */ \
  X(ignored, "ignored") X(note, "note") X(warning, "warning") X(error, "error") X(fatal, "fatal") \
  /* primitives */ \
  X(void, "void") X(bool, "bool") X(char, "char") X(signed_char, "signed char") \
  X(unsigned_char, "unsigned char") X(short, "short") X(unsigned_short, "unsigned short") \
  X(int, "int") X(unsigned_int, "unsigned int") X(long, "long") X(unsigned_long, "unsigned long") \
  X(long_long, "long long") X(unsigned_long_long, "unsigned long long") X(int128, "__int128") \
  X(unsigned_int128, "unsigned __int128") X(float, "float") X(double, "double") \
  X(long_double, "long double") X(float16, "float16") X(float128, "float128")

typedef enum {
#define CFFI_ATOM_ENUM(ident, text) A_##ident,
  CFFI_ATOMS(CFFI_ATOM_ENUM)
#undef CFFI_ATOM_ENUM
  A_COUNT
} Atom;

/* ---- small containers (map.c) ------------------------------------------------------------------ */

/** Open-addressing hash map from a non-zero pointer-sized key to a pointer. */
typedef struct {
  uintptr_t *keys;
  void **values;
  size_t cap, len;
} PtrMap;

void *map_get(const PtrMap *m, uintptr_t key);
bool map_put(PtrMap *m, uintptr_t key, void *value);
void map_free(PtrMap *m);

/** Bump allocator for the small records that live as long as one call. */
typedef struct ArenaBlock ArenaBlock;
typedef struct {
  ArenaBlock *head;
} Arena;

void *arena_alloc(Arena *a, size_t size);
char *arena_strdup(Arena *a, const char *s);
void arena_free(Arena *a);

/* ---- the state of one call --------------------------------------------------------------------- */

/** A declared entity (all redeclarations of one record, function, ...), keyed by canonical cursor. */
typedef struct {
  napi_value id;
  bool emitted;
  bool queued;
} Entity;

/** A file: its JS name and the same as C string (for anon ids). */
typedef struct {
  napi_value name;
  const char *path;
} FileName;

typedef struct {
  napi_env env;
  CXTranslationUnit tu;
  napi_value atoms[A_COUNT];
  napi_value decls;
  uint32_t ndecls;
  PtrMap files;    /* CXFile -> FileName* */
  PtrMap entities; /* canonical Decl* -> Entity* */
  PtrMap types;    /* clang QualType -> napi_value (RawType objects are shared) */
  PtrMap tokens;   /* hash of a punctuation/keyword spelling -> napi_value */
  Arena arena;
  CXCursor *pending; /* records/enums/typedefs referenced by a type, emitted after the walk */
  size_t npending, cappending;
  bool failed; /* a napi call or an allocation failed: stop building, report at the end */
} Walk;

void walk_init(Walk *w, napi_env env, CXTranslationUnit tu);
void walk_free(Walk *w);
/** Returns `value`, or throws (and returns NULL) when the walk failed. */
napi_value walk_finish(Walk *w, napi_value value);

/* ---- building JS values (js.c) ----------------------------------------------------------------- */

napi_value js_atom(Walk *w, Atom a);
napi_value js_object(Walk *w);
napi_value js_array(Walk *w);
napi_value js_string(Walk *w, const char *s);
/** Converts and disposes a CXString. */
napi_value js_cxstring(Walk *w, CXString s);
napi_value js_number(Walk *w, double n);
napi_value js_bool(Walk *w, bool b);
void js_set(Walk *w, napi_value obj, Atom key, napi_value value);
void js_set_atom(Walk *w, napi_value obj, Atom key, Atom value);
void js_set_number(Walk *w, napi_value obj, Atom key, double n);
void js_set_bool(Walk *w, napi_value obj, Atom key, bool b);
void js_push(Walk *w, napi_value array, uint32_t *length, napi_value value);
/** Sets `comment` when the cursor has one. */
void js_set_comment(Walk *w, napi_value obj, CXCursor c);
/** Marks the walk failed unless `status` is napi_ok. */
bool js_ok(Walk *w, napi_status status);

/* ---- locations and ids (location.c) ------------------------------------------------------------ */

napi_value location_to_js(Walk *w, CXSourceLocation loc);
napi_value extent_to_js(Walk *w, CXSourceRange range);
/** The file name as the tree spells it: the real path, else the name libclang was given. */
FileName *file_name(Walk *w, CXFile f);
/** Sets id, name, location, extent and comment of a declaration (RawDeclBase). */
void set_decl_base(Walk *w, napi_value obj, CXCursor c, Entity *e, bool anonymous);
/** The entity a cursor declares, created on first sight (with its id). NULL when out of memory. */
Entity *entity_of(Walk *w, CXCursor c);
/** The cursor's USR, or anon:<file>:<offset> when libclang gives none. */
napi_value cursor_id(Walk *w, CXCursor c);
/** The cursor that describes an entity: its definition when there is one, else its first declaration. */
CXCursor entity_cursor(CXCursor c);

/* ---- the walk (walk.c, record.c, macro.c) ------------------------------------------------------ */

napi_value walk_translation_unit(Walk *w, const char *main_file);
void emit_decl(Walk *w, napi_value decl);
/** Asks for a record/enum/typedef to be emitted later (it was reached through a type). */
void queue_entity(Walk *w, CXCursor c, Entity *e);
void emit_tag(Walk *w, CXCursor c);
void emit_macro(Walk *w, CXCursor c);
/** Whether the cursor's record or enum has no tag name. */
bool tag_is_anonymous(CXCursor c);

/* ---- types (type.c) ---------------------------------------------------------------------------- */

napi_value type_to_js(Walk *w, CXType t);
bool type_is_unsigned_integer(CXType t);

/* ---- diagnostics and files (diag.c) ------------------------------------------------------------ */

napi_value diagnostics_to_js(Walk *w);
napi_value inclusions_to_js(Walk *w, const char *main_file);
/** The main file as the tree spells it. */
napi_value main_file_to_js(Walk *w, const char *main_file);

/* ---- evaluate() (evaluate.c) ------------------------------------------------------------------- */

napi_value evaluate_translation_unit(Walk *w);

#endif
