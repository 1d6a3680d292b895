/*
 * RawType: a clang type written out structurally. Named declarations (typedefs, records, enums) are
 * referred to by id and queued for writing, so the recursion ends at them and every id that a type
 * mentions is also a decl of the tree.
 *
 * A type already on the tape is written as a reference (TYPE_REF, index): the same clang type (same
 * QualType, sugar and qualifiers included) becomes the same JS object. Indices are given when a
 * type is finished (after its nested types), in decode.js too.
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

/* The RawPrimitive name of a builtin type, or NULL. */
static const char *primitive(enum CXTypeKind k, bool *is_signed) {
  *is_signed = true;
  switch (k) {
  case CXType_Void: *is_signed = false; return "void";
  case CXType_Bool: *is_signed = false; return "bool";
  case CXType_Char_S: return "char";
  case CXType_Char_U: *is_signed = false; return "char";
  case CXType_SChar: return "signed char";
  case CXType_UChar: *is_signed = false; return "unsigned char";
  case CXType_Short: return "short";
  case CXType_UShort: *is_signed = false; return "unsigned short";
  case CXType_Int: return "int";
  case CXType_UInt: *is_signed = false; return "unsigned int";
  case CXType_Long: return "long";
  case CXType_ULong: *is_signed = false; return "unsigned long";
  case CXType_LongLong: return "long long";
  case CXType_ULongLong: *is_signed = false; return "unsigned long long";
  case CXType_Int128: return "__int128";
  case CXType_UInt128: *is_signed = false; return "unsigned __int128";
  case CXType_Float: return "float";
  case CXType_Double: return "double";
  case CXType_LongDouble: return "long double";
  case CXType_Half:
  case CXType_Float16: return "float16";
  case CXType_Float128: return "float128";
  default: return NULL;
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

static int kind_of(CXType u) {
  bool is_signed;
  if (primitive(u.kind, &is_signed)) return TYPE_PRIMITIVE;
  switch (u.kind) {
  case CXType_Pointer: return TYPE_POINTER;
  case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray: return TYPE_ARRAY;
  case CXType_FunctionProto: case CXType_FunctionNoProto: return TYPE_FUNCTION;
  case CXType_Typedef: return TYPE_TYPEDEF;
  case CXType_Record: return TYPE_RECORD;
  case CXType_Enum: return TYPE_ENUM;
  default: return TYPE_UNSUPPORTED;
  }
}

/* typedef, record, enum: the declaration's id; it is queued so that it is written too. */
static void write_named(Walk *w, CXType u, bool with_name) {
  CXCursor decl = clang_getTypeDeclaration(u);
  Entity *e = entity_of(w, decl);
  if (with_name) tape_cxstr(w, clang_getCursorSpelling(decl));
  tape_num(w, e ? e->id : -1);
  if (e) queue_entity(w, decl, e);
}

static void write_function(Walk *w, CXType u) {
  write_type(w, clang_getResultType(u));
  int n = clang_getNumArgTypes(u);
  tape_num(w, n < 0 ? 0 : n);
  for (int i = 0; i < n; i++) write_type(w, clang_getArgType(u, (unsigned)i));
  /* libclang calls `int ()` variadic; the tree says so with noProto alone */
  tape_bool(w, u.kind != CXType_FunctionNoProto && clang_isFunctionTypeVariadic(u) != 0);
  tape_bool(w, u.kind == CXType_FunctionNoProto);
  tape_str(w, call_conv_name(clang_getFunctionTypeCallingConv(u)));
}

void write_type(Walk *w, CXType t) {
  uintptr_t key = (uintptr_t)t.data[0];
  if (key) {
    uintptr_t known = (uintptr_t)map_get(&w->types, key);
    if (known) {
      tape_num(w, TYPE_REF);
      tape_num(w, (double)(known - 1));
      return;
    }
  }
  CXType u = unwrap(t);
  int kind = kind_of(u);
  tape_num(w, kind);
  /* RawTypeBase */
  tape_cxstr(w, clang_getTypeSpelling(t));
  enum CXTypeKind canonical = clang_getCanonicalType(t).kind;
  long long size = -1, align = -1;
  if (canonical != CXType_Void && !is_function_kind(canonical)) {
    size = clang_Type_getSizeOf(t);
    align = clang_Type_getAlignOf(t);
  }
  tape_num(w, size < 0 ? -1 : (double)size);
  tape_num(w, align < 0 ? -1 : (double)align);
  tape_bool(w, clang_isConstQualifiedType(t) != 0);
  tape_bool(w, clang_isVolatileQualifiedType(t) != 0);

  switch (kind) {
  case TYPE_PRIMITIVE: {
    bool is_signed;
    tape_str(w, primitive(u.kind, &is_signed));
    tape_bool(w, is_signed);
    break;
  }
  case TYPE_POINTER: write_type(w, clang_getPointeeType(u)); break;
  case TYPE_ARRAY:
    write_type(w, clang_getArrayElementType(u));
    /* a VLA (`int a[n]`, parameters only) has no constant length: like `[]` */
    tape_num(w, u.kind == CXType_ConstantArray ? (double)clang_getArraySize(u) : -1);
    break;
  case TYPE_FUNCTION: write_function(w, u); break;
  case TYPE_TYPEDEF: write_named(w, u, true); break;
  case TYPE_RECORD:
  case TYPE_ENUM: write_named(w, u, false); break;
  default: tape_cxstr(w, clang_getTypeKindSpelling(u.kind)); break;
  }
  uint32_t index = w->ntypes++;
  if (key && !map_put(&w->types, key, (void *)(uintptr_t)(index + 1))) w->failed = true;
}
