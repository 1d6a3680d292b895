/*
 * libFuzzer harness of the libclang binding's walker: each input is the text of a header, parsed by
 * the real libclang as an unsaved file (its #includes resolve against the real system headers), then
 * walked and written to the tape exactly as parse() or evaluate() does in native/clang/addon.c. Built
 * with -fsanitize=fuzzer,address,undefined by native/fuzz/run.mjs; docs/sanitizers.md has the figures.
 *
 * The walk touches Node-API only in walk_finish() (tape.c), to copy the tape into JS values. This file
 * defines those few functions: each copies what it is given, so a tape or string table that is shorter
 * than the lengths the walk claims is a read out of bounds that ASan reports. The copies are then held
 * to the tape's invariants (the string table holds exactly `nstrings` strings).
 */
#include "../clang/cffi-clang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEEP_GOING 0x200 /* as addon.c: CXTranslationUnit_KeepGoing */
#define PARSE_FLAGS (CXTranslationUnit_DetailedPreprocessingRecord | KEEP_GOING)
#define EVALUATE_FLAGS (CXTranslationUnit_SkipFunctionBodies | KEEP_GOING)

/* Where the input pretends to live: quoted includes (zlib.h's "zconf.h") resolve beside it. */
static const char INPUT_FILE[] = "/usr/include/cffi-fuzz-input.h";

/* ---- the Node-API functions walk_finish() calls: copies, checked afterwards ---------------------- */

static struct {
  double *numbers;
  size_t nnumbers;
  char *strings;
  size_t nstrings_bytes;
  bool made_strings, threw;
} out;

static int token; /* napi_value handles are addresses of this, never dereferenced */
#define HANDLE ((napi_value)(void *)&token)

napi_status napi_throw_error(napi_env env, const char *code, const char *msg) {
  (void)env, (void)code, (void)msg;
  out.threw = true;
  return napi_ok;
}

napi_status napi_create_object(napi_env env, napi_value *result) {
  (void)env;
  *result = HANDLE;
  return napi_ok;
}

napi_status napi_create_arraybuffer(napi_env env, size_t byte_length, void **data, napi_value *result) {
  (void)env;
  out.numbers = malloc(byte_length ? byte_length : 1);
  out.nnumbers = byte_length / sizeof(double);
  *data = out.numbers;
  *result = HANDLE;
  return out.numbers ? napi_ok : napi_generic_failure;
}

napi_status napi_create_typedarray(napi_env env, napi_typedarray_type type, size_t length, napi_value arraybuffer,
                                   size_t byte_offset, napi_value *result) {
  (void)env, (void)arraybuffer;
  if (type != napi_float64_array || byte_offset != 0 || length != out.nnumbers) __builtin_trap();
  *result = HANDLE;
  return napi_ok;
}

napi_status napi_create_string_utf8(napi_env env, const char *str, size_t length, napi_value *result) {
  (void)env;
  out.strings = malloc(length + 1);
  if (!out.strings) return napi_generic_failure;
  memcpy(out.strings, str, length); /* ASan: the walk's string table must hold `length` bytes */
  out.strings[length] = '\0';
  out.nstrings_bytes = length;
  out.made_strings = true;
  *result = HANDLE;
  return napi_ok;
}

napi_status napi_set_named_property(napi_env env, napi_value object, const char *utf8name, napi_value value) {
  (void)env, (void)object, (void)utf8name, (void)value;
  return napi_ok;
}

/* ---- the harness ---------------------------------------------------------------------------------- */

static CXIndex index_;
static const char *const ARGS[] = {"-x", "c", "-std=gnu11", "-fparse-all-comments"};

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  index_ = clang_createIndex(0, 0); /* as addon.c, with libclang's own crash recovery */
  return 0;
}

/* What the tape must satisfy after any input: decode.js splits `strings` into `nstrings` entries. */
static void check_tape(const Walk *w) {
  if (w->failed) return; /* out of memory: walk_finish() threw, nothing was copied */
  if (!out.made_strings || out.nnumbers != w->tape.len) __builtin_trap();
  size_t n = 1;
  for (size_t i = 0; i < out.nstrings_bytes; i++) n += out.strings[i] == '\0';
  if (w->tape.nstrings != (w->tape.nchars ? n : 0)) __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > (1u << 22)) return -1; /* 4 MiB: more than any real header, not worth the time */
  /* a quarter of the inputs take evaluate()'s road (by length: the same input always takes the same one) */
  bool evaluate = size % 4 == 3;
  struct CXUnsavedFile unsaved = {INPUT_FILE, (const char *)data, (unsigned long)size};
  CXTranslationUnit tu = NULL;
  enum CXErrorCode e = clang_parseTranslationUnit2(index_, INPUT_FILE, ARGS, sizeof ARGS / sizeof *ARGS, &unsaved, 1,
                                                   evaluate ? EVALUATE_FLAGS : PARSE_FLAGS, &tu);
  if (e != CXError_Success || !tu) return 0; /* addon.c throws a parse error: nothing is walked */
  memset(&out, 0, sizeof out);
  Walk w;
  walk_init(&w, NULL, tu);
  if (evaluate)
    write_evaluation(&w);
  else
    write_translation_unit(&w, INPUT_FILE);
  walk_finish(&w);
  check_tape(&w);
  walk_free(&w);
  free(out.numbers);
  free(out.strings);
  clang_disposeTranslationUnit(tu);
  return 0;
}
