/*
 * The libclang surface: every clang_* function the addon calls, in one place (STYLE.md item 8).
 *
 * native/check-surface.mjs (run by native/build.mjs before each compile) fails the build when a
 * .c file calls a clang_* function missing from this list, or when the list names one nobody calls.
 * addon.c takes the address of each entry, so a name libclang does not declare fails to compile.
 *
 * X(function, what we use it for)
 */
#ifndef CFFI_LIBCLANG_SURFACE_H
#define CFFI_LIBCLANG_SURFACE_H

#define CFFI_LIBCLANG_SURFACE(X) \
  /* index and translation unit */ \
  X(clang_createIndex,                      "one index per call") \
  X(clang_disposeIndex,                     "") \
  X(clang_parseTranslationUnit2,            "parse with the caller's args and unsaved files") \
  X(clang_disposeTranslationUnit,           "") \
  X(clang_getTranslationUnitCursor,         "root of the walk") \
  X(clang_getClangVersion,                  "RawTranslationUnit.clangVersion") \
  X(clang_getInclusions,                    "RawTranslationUnit.files") \
  X(clang_getFile,                          "the main file's CXFile") \
  /* strings */ \
  X(clang_getCString,                       "") \
  X(clang_disposeString,                    "") \
  /* cursors */ \
  X(clang_visitChildren,                    "top level, record members, enum constants, expressions") \
  X(clang_getCursorKind,                    "") \
  X(clang_getCursorSpelling,                "names") \
  X(clang_getCursorUSR,                     "ids") \
  X(clang_getCanonicalCursor,               "dedupe key of a redeclared entity") \
  X(clang_getCursorDefinition,              "records complete anywhere; function definitions") \
  X(clang_Cursor_isNull,                    "") \
  X(clang_getCursorSemanticParent,          "the record around an anonymous member (its id)") \
  X(clang_getCursorType,                    "") \
  X(clang_getCursorResultType,              "function result") \
  X(clang_Cursor_getNumArguments,           "function parameters") \
  X(clang_Cursor_getArgument,               "") \
  X(clang_Cursor_getStorageClass,           "extern / static") \
  X(clang_Cursor_isFunctionInlined,         "RawFunction.inline") \
  X(clang_getCursorPlatformAvailability,    "a function's deprecated(\"message\")") \
  X(clang_Cursor_getRawCommentText,         "doc comments") \
  X(clang_Cursor_isAnonymous,               "records/enums without a tag") \
  X(clang_Cursor_isAnonymousRecordDecl,     "C11 anonymous struct/union members") \
  X(clang_Cursor_getOffsetOfField,          "field offsets in bits") \
  X(clang_Cursor_isBitField,                "") \
  X(clang_getFieldDeclBitWidth,             "") \
  X(clang_getEnumDeclIntegerType,           "") \
  X(clang_getEnumConstantDeclValue,         "signed enum values") \
  X(clang_getEnumConstantDeclUnsignedValue, "unsigned enum values") \
  X(clang_getTypedefDeclUnderlyingType,     "") \
  X(clang_isInvalidDeclaration,             "evaluate(): skip broken probe lines") \
  X(clang_isExpression,                     "evaluate(): find the initializer") \
  /* macros and tokens */ \
  X(clang_Cursor_isMacroBuiltin,            "skip predefined macros") \
  X(clang_Cursor_isMacroFunctionLike,       "") \
  X(clang_tokenize,                         "macro replacement lists") \
  X(clang_getTokenSpelling,                 "") \
  X(clang_getTokenKind,                     "") \
  X(clang_disposeTokens,                    "") \
  /* locations */ \
  X(clang_getCursorLocation,                "") \
  X(clang_getCursorExtent,                  "") \
  X(clang_getRangeStart,                    "") \
  X(clang_getRangeEnd,                      "") \
  X(clang_getExpansionLocation,             "file/line/column/offset of every location") \
  X(clang_Location_isFromMainFile,          "evaluate(): main-file variables only") \
  X(clang_getFileName,                      "file name when no real path is known (unsaved files)") \
  X(clang_File_tryGetRealPathName,          "absolute, symlink-free file names") \
  /* types */ \
  X(clang_getTypeSpelling,                  "RawType.spelling") \
  X(clang_getTypeKindSpelling,              "RawType.clangKind of unsupported types") \
  X(clang_isConstQualifiedType,             "") \
  X(clang_isVolatileQualifiedType,          "") \
  X(clang_getCanonicalType,                 "see through __auto_type, typeof, unexposed sugar") \
  X(clang_Type_getNamedType,                "unwrap Elaborated (struct foo as written)") \
  X(clang_Type_getModifiedType,             "unwrap Attributed") \
  X(clang_Type_getSizeOf,                   "") \
  X(clang_Type_getAlignOf,                  "") \
  X(clang_Type_getOffsetOf,                 "offsets of anonymous members") \
  X(clang_getTypeDeclaration,               "typedef/record/enum ids") \
  X(clang_getPointeeType,                   "") \
  X(clang_getArrayElementType,              "") \
  X(clang_getArraySize,                     "") \
  X(clang_getResultType,                    "") \
  X(clang_getNumArgTypes,                   "") \
  X(clang_getArgType,                       "") \
  X(clang_isFunctionTypeVariadic,           "") \
  X(clang_getFunctionTypeCallingConv,       "") \
  /* diagnostics */ \
  X(clang_getNumDiagnostics,                "") \
  X(clang_getDiagnostic,                    "") \
  X(clang_disposeDiagnostic,                "") \
  X(clang_getDiagnosticSeverity,            "") \
  X(clang_getDiagnosticSpelling,            "") \
  X(clang_getDiagnosticLocation,            "") \
  X(clang_getChildDiagnostics,              "notes attached to a diagnostic") \
  X(clang_getNumDiagnosticsInSet,           "") \
  X(clang_getDiagnosticInSet,               "") \
  /* evaluation */ \
  X(clang_Cursor_Evaluate,                  "evaluate(): macro probes") \
  X(clang_EvalResult_getKind,               "") \
  X(clang_EvalResult_isUnsignedInt,         "") \
  X(clang_EvalResult_getAsUnsigned,         "") \
  X(clang_EvalResult_getAsLongLong,         "") \
  X(clang_EvalResult_getAsDouble,           "") \
  X(clang_EvalResult_getAsStr,              "") \
  X(clang_EvalResult_dispose,               "")

#endif
