/*
 * Shared declarations of the libclang addon. The addon parses one translation unit, walks it in C
 * and hands JS the whole tree at once (native/index.d.ts is the contract).
 *
 * The tree crosses as a tape: a Float64Array of numbers plus one string holding every distinct
 * string once, NUL-separated. native/decode.js turns it into plain objects. Creating each object
 * through Node-API costs ~1 us (~200 ns per property); JS object literals are ~6x faster, which
 * is the difference between 0.6 s and 0.3 s on a large header set. The layout of every record on
 * the tape is written down once, in native/decode.js, and each writer below names its reader.
 */
#ifndef CFFI_CLANG_H
#define CFFI_CLANG_H

#define NAPI_VERSION 8
#include <node_api.h>
#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- codes on the tape (mirrored by the constants at the top of native/decode.js) ------------ */

enum { DECL_END = 0, DECL_FUNCTION, DECL_RECORD, DECL_ENUM, DECL_TYPEDEF, DECL_VAR, DECL_MACRO };
enum {
  TYPE_REF = 0, TYPE_PRIMITIVE, TYPE_POINTER, TYPE_ARRAY, TYPE_FUNCTION, TYPE_TYPEDEF, TYPE_RECORD,
  TYPE_ENUM, TYPE_UNSUPPORTED
};
enum { STORAGE_EXTERN = 0, STORAGE_STATIC, STORAGE_NONE };
enum { VALUE_NONE = 0, VALUE_INT, VALUE_FLOAT, VALUE_STRING };

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

/* ---- the tape (tape.c) ------------------------------------------------------------------------- */

typedef struct StringSlot StringSlot;

typedef struct {
  double *data;
  size_t len, cap;
  char *chars; /* each string followed by NUL */
  size_t nchars, capchars;
  StringSlot *slots; /* intern table */
  size_t capslots;
  uint32_t nstrings;
} Tape;

/* ---- the state of one call --------------------------------------------------------------------- */

/** A declared entity (all redeclarations of one record, function, ...), keyed by canonical cursor. */
typedef struct {
  int32_t id; /* string index */
  bool emitted;
  bool queued;
  /* a function's parameter names on the tape, so that a later redeclaration can fill in missing ones */
  uint32_t nparams;
  size_t names_slot;
} Entity;

/** Entities reached by the current declaration, written after it (queue.c). */
typedef struct {
  CXCursor *cursors;
  size_t len, cap, done; /* cursors[done..len) are still to be written */
} EntityQueue;

/** A file: its name on the tape and as a C string (for anon ids). */
typedef struct {
  int32_t name;
  const char *path;
} FileName;

typedef struct {
  napi_env env;
  CXTranslationUnit tu;
  Tape tape;
  PtrMap files;    /* CXFile -> FileName* */
  PtrMap entities; /* canonical Decl* -> Entity* */
  PtrMap types;    /* clang QualType -> 1 + index of the RawType already on the tape */
  PtrMap macro_ids; /* 1 + string index of a macro USR -> how often it was used */
  uint32_t ntypes;
  Arena arena;
  EntityQueue queue; /* records/enums/typedefs reached by a type or nested in a record */
  bool failed; /* an allocation failed: stop writing, report at the end */
} Walk;

void walk_init(Walk *w, napi_env env, CXTranslationUnit tu);
void walk_free(Walk *w);
/** `{ tape: Float64Array, strings: string }`, or NULL with an exception pending. */
napi_value walk_finish(Walk *w);

void tape_num(Walk *w, double n);
void tape_bool(Walk *w, bool b);
/** Writes the index of an interned copy of `s` (NULL writes -1, read back as undefined). */
void tape_str(Walk *w, const char *s);
/** Interns a string without writing it. */
int32_t tape_intern(Walk *w, const char *s);
/** Writes and disposes a CXString. */
void tape_cxstr(Walk *w, CXString s);
/** A slot to fill in later (counts known only after a visit). */
size_t tape_reserve(Walk *w);
void tape_patch(Walk *w, size_t slot, double n);
/** Writes the cursor's raw comment, or -1 (no `comment` property). */
void tape_comment(Walk *w, CXCursor c);

/* ---- locations and ids (location.c) ------------------------------------------------------------ */

/** decode.js: location() */
void write_location(Walk *w, CXSourceLocation loc);
/** decode.js: extent() */
void write_extent(Walk *w, CXSourceRange range);
/** decode.js: declBase(); `anonymous` writes the name as "". */
void write_decl_base(Walk *w, CXCursor c, int32_t id, bool anonymous);
/** The file name as the tree spells it: the real path, else the name libclang was given. */
FileName *file_name(Walk *w, CXFile f);
/**
 * The cursor's USR, or anon:<file>:<offset> when libclang gives none (a string index); an anonymous
 * member's USR gets its position among its record's anonymous members (`c:@S@s@Ua1`).
 */
int32_t cursor_id(Walk *w, CXCursor c);
/** The entity a cursor declares, created on first sight (with its id). NULL when out of memory. */
Entity *entity_of(Walk *w, CXCursor c);
/** The cursor that describes an entity: its definition when there is one, else its first declaration. */
CXCursor entity_cursor(CXCursor c);

/* ---- the entity queue (queue.c): filled by record.c and type.c, drained by walk.c --------------- */

/** Asks for a record/enum/typedef to be written after the current declaration (once). */
void queue_entity(Walk *w, CXCursor c, Entity *e);
/** The next queued cursor; false when the queue is drained or the walk failed. */
bool queue_next(Walk *w, CXCursor *out);
void queue_free(EntityQueue *q);

/* ---- the walk (walk.c, record.c, macro.c) ------------------------------------------------------ */

/** decode.js: translationUnit() */
void write_translation_unit(Walk *w, const char *main_file);
/** decode.js: record() / enumeration(); nothing when the entity is written already. */
void write_tag(Walk *w, CXCursor c);
/** decode.js: macro(); nothing for predefined macros. */
void write_macro(Walk *w, CXCursor c);

/* ---- types (type.c) ---------------------------------------------------------------------------- */

/** decode.js: type() */
void write_type(Walk *w, CXType t);
bool type_is_unsigned_integer(CXType t);

/* ---- diagnostics (diag.c) ---------------------------------------------------------------------- */

/** decode.js: diagnostics() */
void write_diagnostics(Walk *w);

/* ---- the files a TU read (inclusions.c) -------------------------------------------------------- */

/** decode.js: the `files` list of translationUnit() */
void write_inclusions(Walk *w, const char *main_file);
/** The main file as the tree spells it. */
void write_main_file(Walk *w, const char *main_file);

/* ---- evaluate() (evaluate.c) ------------------------------------------------------------------- */

/** decode.js: evaluation() */
void write_evaluation(Walk *w);

#endif
