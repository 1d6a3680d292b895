/*
 * RawType: a clang type written out structurally. Named declarations (typedefs, records, enums) are
 * referred to by id and queued for emission, so the recursion ends at them and every id that a type
 * mentions is also a decl of the tree.
 *
 * RawType objects are shared: the same clang type (same QualType, sugar and qualifiers included)
 * becomes the same JS object, which keeps big headers fast.
 */
#include "cffi-clang.h"

static bool is_function_kind(enum CXTypeKind k) {
  return k == CXType_FunctionProto || k == CXType_FunctionNoProto;
}

/* See through the sugar the tree does not show: `struct foo` as written, attributes, __auto_type, typeof. */
static CXType unwrap(CXType t) {
  for (int guard = 0; guard < 64; guard++) {
    switch (t.kind) {
    case CXType_Elaborated: t = clang_Type_getNamedType(t); break;
    case CXType_Attributed: t = clang_Type_getModifiedType(t); break;
    case CXType_Auto:
    case CXType_Unexposed: {
      CXType c = clang_getCanonicalType(t);
      if (c.kind == t.kind) return t;
      t = c;
      break;
    }
    default: return t;
    }
  }
  return t;
}

static bool primitive(enum CXTypeKind k, Atom *name, bool *is_signed) {
  *is_signed = true;
  switch (k) {
  case CXType_Void: *name = A_void; *is_signed = false; return true;
  case CXType_Bool: *name = A_bool; *is_signed = false; return true;
  case CXType_Char_S: *name = A_char; return true;
  case CXType_Char_U: *name = A_char; *is_signed = false; return true;
  case CXType_SChar: *name = A_signed_char; return true;
  case CXType_UChar: *name = A_unsigned_char; *is_signed = false; return true;
  case CXType_Short: *name = A_short; return true;
  case CXType_UShort: *name = A_unsigned_short; *is_signed = false; return true;
  case CXType_Int: *name = A_int; return true;
  case CXType_UInt: *name = A_unsigned_int; *is_signed = false; return true;
  case CXType_Long: *name = A_long; return true;
  case CXType_ULong: *name = A_unsigned_long; *is_signed = false; return true;
  case CXType_LongLong: *name = A_long_long; return true;
  case CXType_ULongLong: *name = A_unsigned_long_long; *is_signed = false; return true;
  case CXType_Int128: *name = A_int128; return true;
  case CXType_UInt128: *name = A_unsigned_int128; *is_signed = false; return true;
  case CXType_Float: *name = A_float; return true;
  case CXType_Double: *name = A_double; return true;
  case CXType_LongDouble: *name = A_long_double; return true;
  case CXType_Half:
  case CXType_Float16: *name = A_float16; return true;
  case CXType_Float128: *name = A_float128; return true;
  default: return false;
  }
}

bool type_is_unsigned_integer(CXType t) {
  switch (clang_getCanonicalType(t).kind) {
  case CXType_Bool: case CXType_Char_U: case CXType_UChar: case CXType_UShort: case CXType_UInt:
  case CXType_ULong: case CXType_ULongLong: case CXType_UInt128:
    return true;
  default:
    return false;
  }
}

static const char *call_conv_name(enum CXCallingConv cc) {
  switch (cc) {
  case CXCallingConv_C: return "c";
  case CXCallingConv_X86StdCall: return "stdcall";
  case CXCallingConv_X86FastCall: return "fastcall";
  case CXCallingConv_X86ThisCall: return "thiscall";
  case CXCallingConv_X86Pascal: return "pascal";
  case CXCallingConv_AAPCS: return "aapcs";
  case CXCallingConv_AAPCS_VFP: return "aapcs-vfp";
  case CXCallingConv_X86RegCall: return "regcall";
  case CXCallingConv_IntelOclBicc: return "intel_ocl_bicc";
  case CXCallingConv_Win64: return "ms_abi";
  case CXCallingConv_X86_64SysV: return "sysv_abi";
  case CXCallingConv_X86VectorCall: return "vectorcall";
  case CXCallingConv_Swift: return "swiftcall";
  case CXCallingConv_PreserveMost: return "preserve_most";
  case CXCallingConv_PreserveAll: return "preserve_all";
  case CXCallingConv_AArch64VectorCall: return "aarch64_vector_pcs";
  case CXCallingConv_Invalid: return "invalid";
  default: return "unexposed";
  }
}

static void set_function(Walk *w, napi_value obj, CXType u) {
  js_set(w, obj, A_result, type_to_js(w, clang_getResultType(u)));
  napi_value params = js_array(w);
  uint32_t np = 0;
  int n = clang_getNumArgTypes(u);
  for (int i = 0; i < n; i++) js_push(w, params, &np, type_to_js(w, clang_getArgType(u, (unsigned)i)));
  js_set(w, obj, A_params, params);
  js_set_bool(w, obj, A_variadic, clang_isFunctionTypeVariadic(u) != 0);
  js_set_bool(w, obj, A_noProto, u.kind == CXType_FunctionNoProto);
  js_set(w, obj, A_callConv, js_string(w, call_conv_name(clang_getFunctionTypeCallingConv(u))));
}

/* typedef, record, enum: refer to the declaration by id and make sure it is emitted. */
static void set_named(Walk *w, napi_value obj, CXType u, bool with_name) {
  CXCursor decl = clang_getTypeDeclaration(u);
  Entity *e = entity_of(w, decl);
  if (!e) return;
  if (with_name) js_set(w, obj, A_name, js_cxstring(w, clang_getCursorSpelling(decl)));
  js_set(w, obj, A_id, e->id);
  queue_entity(w, decl, e);
}

static Atom kind_of(CXType u) {
  Atom name;
  bool is_signed;
  if (primitive(u.kind, &name, &is_signed)) return A_primitive;
  switch (u.kind) {
  case CXType_Pointer: return A_pointer;
  case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray: return A_array;
  case CXType_FunctionProto: case CXType_FunctionNoProto: return A_function;
  case CXType_Typedef: return A_typedef;
  case CXType_Record: return A_record;
  case CXType_Enum: return A_enum;
  default: return A_unsupported;
  }
}

napi_value type_to_js(Walk *w, CXType t) {
  uintptr_t key = (uintptr_t)t.data[0];
  if (key) {
    napi_value cached = map_get(&w->types, key);
    if (cached) return cached;
  }
  CXType u = unwrap(t);
  Atom kind = kind_of(u);
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, kind);

  js_set(w, obj, A_spelling, js_cxstring(w, clang_getTypeSpelling(t)));
  enum CXTypeKind canonical = clang_getCanonicalType(t).kind;
  long long size = -1, align = -1;
  if (canonical != CXType_Void && !is_function_kind(canonical)) {
    size = clang_Type_getSizeOf(t);
    align = clang_Type_getAlignOf(t);
  }
  js_set_number(w, obj, A_size, size < 0 ? -1 : (double)size);
  js_set_number(w, obj, A_align, align < 0 ? -1 : (double)align);
  js_set_bool(w, obj, A_const, clang_isConstQualifiedType(t) != 0);
  js_set_bool(w, obj, A_volatile, clang_isVolatileQualifiedType(t) != 0);

  switch (kind) {
  case A_primitive: {
    Atom name;
    bool is_signed;
    primitive(u.kind, &name, &is_signed);
    js_set_atom(w, obj, A_name, name);
    js_set_bool(w, obj, A_signed, is_signed);
    break;
  }
  case A_pointer:
    js_set(w, obj, A_pointee, type_to_js(w, clang_getPointeeType(u)));
    break;
  case A_array:
    js_set(w, obj, A_element, type_to_js(w, clang_getArrayElementType(u)));
    /* a VLA (`int a[n]`, parameters only) has no constant length: like `[]` */
    js_set_number(w, obj, A_length, u.kind == CXType_ConstantArray ? (double)clang_getArraySize(u) : -1);
    break;
  case A_function: set_function(w, obj, u); break;
  case A_typedef: set_named(w, obj, u, true); break;
  case A_record:
  case A_enum: set_named(w, obj, u, false); break;
  default:
    js_set(w, obj, A_clangKind, js_cxstring(w, clang_getTypeKindSpelling(u.kind)));
    break;
  }
  if (key && obj && !w->failed && !map_put(&w->types, key, obj)) w->failed = true;
  return obj;
}
