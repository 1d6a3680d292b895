/*
 * evaluate(): the value of each initializer of the main file's top-level variables. The caller
 * writes one probe variable per macro (`static __auto_type __cffi_m_X = X;`); a probe that does not
 * compile gets an error diagnostic on its line and simply no value.
 *
 * libclang cannot evaluate a pointer cast (`(void *)0`, `((char *)"x")`): then the cast's operand
 * is evaluated, so `value` holds the integer address (or the string) that the pointer was made from.
 */
#include "cffi-clang.h"

#include <stdio.h>

/* decode.js: value() — false (and nothing written) when the result is not an int, float or string. */
static bool write_value(Walk *w, CXEvalResult r) {
  if (!r) return false;
  bool written = true;
  switch (clang_EvalResult_getKind(r)) {
  case CXEval_Int: {
    bool is_unsigned = clang_EvalResult_isUnsignedInt(r) != 0;
    char text[32];
    if (is_unsigned)
      snprintf(text, sizeof text, "%llu", clang_EvalResult_getAsUnsigned(r));
    else
      snprintf(text, sizeof text, "%lld", clang_EvalResult_getAsLongLong(r));
    tape_num(w, VALUE_INT);
    tape_str(w, text);
    tape_bool(w, is_unsigned);
    break;
  }
  case CXEval_Float:
    tape_num(w, VALUE_FLOAT);
    tape_num(w, clang_EvalResult_getAsDouble(r));
    break;
  case CXEval_StrLiteral:
    tape_num(w, VALUE_STRING);
    tape_str(w, clang_EvalResult_getAsStr(r));
    break;
  default: written = false; break;
  }
  clang_EvalResult_dispose(r);
  return written;
}

typedef struct {
  bool found;
  CXCursor cursor;
} Found;

static enum CXChildVisitResult last_expression(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Found *f = data;
  if (clang_isExpression(clang_getCursorKind(c))) {
    f->found = true;
    f->cursor = c;
  }
  return CXChildVisit_Continue;
}

/* The last expression among a cursor's children (an initializer, a cast's operand). */
static bool child_expression(CXCursor c, CXCursor *out) {
  Found f = {false, c};
  clang_visitChildren(c, last_expression, &f);
  *out = f.cursor;
  return f.found;
}

/* `(T *)x` behind parentheses and implicit conversions: evaluate x instead. */
static bool write_cast_operand_value(Walk *w, CXCursor var) {
  CXCursor e;
  if (!child_expression(var, &e)) return false;
  for (int guard = 0; guard < 64; guard++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_CStyleCastExpr) {
      CXCursor operand;
      return child_expression(e, &operand) && write_value(w, clang_Cursor_Evaluate(operand));
    }
    if ((k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) || !child_expression(e, &e)) return false;
  }
  return false;
}

/* decode.js: evaluated() */
static void write_evaluated(Walk *w, CXCursor c) {
  tape_cxstr(w, clang_getCursorSpelling(c));
  CXType type = clang_getCursorType(c);
  write_type(w, type);
  unsigned line = 0;
  clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
  tape_num(w, line);
  bool valid = !clang_isInvalidDeclaration(c);
  if (valid && write_value(w, clang_Cursor_Evaluate(c))) return;
  if (valid && clang_getCanonicalType(type).kind == CXType_Pointer && write_cast_operand_value(w, c)) return;
  tape_num(w, VALUE_NONE);
}

typedef struct {
  Walk *w;
  uint32_t n;
} Eval;

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Eval *ev = data;
  if (ev->w->failed) return CXChildVisit_Break;
  if (clang_getCursorKind(c) == CXCursor_VarDecl && clang_Location_isFromMainFile(clang_getCursorLocation(c))) {
    write_evaluated(ev->w, c);
    ev->n++;
  }
  return CXChildVisit_Continue;
}

void write_evaluation(Walk *w) {
  size_t slot = tape_reserve(w);
  Eval ev = {w, 0};
  clang_visitChildren(clang_getTranslationUnitCursor(w->tu), visit_top, &ev);
  tape_patch(w, slot, ev.n);
  write_diagnostics(w);
}
