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

typedef struct {
  Walk *w;
  napi_value values;
  uint32_t n;
} Eval;

/* Sets `value` from a result; false when the result is not an int, float or string. */
static bool set_value(Walk *w, napi_value obj, CXEvalResult r) {
  if (!r) return false;
  napi_value v = NULL;
  switch (clang_EvalResult_getKind(r)) {
  case CXEval_Int: {
    bool is_unsigned = clang_EvalResult_isUnsignedInt(r) != 0;
    char text[32];
    if (is_unsigned)
      snprintf(text, sizeof text, "%llu", clang_EvalResult_getAsUnsigned(r));
    else
      snprintf(text, sizeof text, "%lld", clang_EvalResult_getAsLongLong(r));
    v = js_object(w);
    js_set_atom(w, v, A_kind, A_int);
    js_set(w, v, A_value, js_string(w, text));
    js_set_bool(w, v, A_unsigned, is_unsigned);
    break;
  }
  case CXEval_Float:
    v = js_object(w);
    js_set_atom(w, v, A_kind, A_float);
    js_set_number(w, v, A_value, clang_EvalResult_getAsDouble(r));
    break;
  case CXEval_StrLiteral:
    v = js_object(w);
    js_set_atom(w, v, A_kind, A_string);
    js_set(w, v, A_value, js_string(w, clang_EvalResult_getAsStr(r)));
    break;
  default: break;
  }
  clang_EvalResult_dispose(r);
  if (v) js_set(w, obj, A_value, v);
  return v != NULL;
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
static bool set_cast_operand_value(Walk *w, napi_value obj, CXCursor var) {
  CXCursor e;
  if (!child_expression(var, &e)) return false;
  for (int guard = 0; guard < 64; guard++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_CStyleCastExpr) {
      CXCursor operand;
      return child_expression(e, &operand) && set_value(w, obj, clang_Cursor_Evaluate(operand));
    }
    if ((k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) || !child_expression(e, &e)) return false;
  }
  return false;
}

static void push_value(Eval *ev, CXCursor c) {
  Walk *w = ev->w;
  napi_value obj = js_object(w);
  js_set(w, obj, A_name, js_cxstring(w, clang_getCursorSpelling(c)));
  CXType type = clang_getCursorType(c);
  js_set(w, obj, A_type, type_to_js(w, type));
  unsigned line = 0;
  clang_getExpansionLocation(clang_getCursorLocation(c), NULL, &line, NULL, NULL);
  js_set_number(w, obj, A_line, line);
  if (!clang_isInvalidDeclaration(c) && !set_value(w, obj, clang_Cursor_Evaluate(c)) &&
      clang_getCanonicalType(type).kind == CXType_Pointer)
    set_cast_operand_value(w, obj, c);
  js_push(w, ev->values, &ev->n, obj);
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Eval *ev = data;
  if (ev->w->failed) return CXChildVisit_Break;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_VarDecl && clang_Location_isFromMainFile(clang_getCursorLocation(c))) push_value(ev, c);
  return CXChildVisit_Continue;
}

napi_value evaluate_translation_unit(Walk *w) {
  Eval ev = {w, js_array(w), 0};
  clang_visitChildren(clang_getTranslationUnitCursor(w->tu), visit_top, &ev);
  napi_value result = js_object(w);
  js_set(w, result, A_diagnostics, diagnostics_to_js(w));
  js_set(w, result, A_values, ev.values);
  return result;
}
