import type { RawType } from '../../native/index.js';
import type { CType, IntName } from '../ir/index.js';

const INT_NAMES: Record<string, IntName> = {
  bool: 'bool',
  char: 'char',
  'signed char': 'signed char',
  'unsigned char': 'unsigned char',
  short: 'short',
  'unsigned short': 'unsigned short',
  int: 'int',
  'unsigned int': 'unsigned int',
  long: 'long',
  'unsigned long': 'unsigned long',
  'long long': 'long long',
  'unsigned long long': 'unsigned long long',
  __int128: '__int128',
  'unsigned __int128': 'unsigned __int128',
};

/** A pointer type spelled `_Nonnull` after its last `*` (qualifiers may follow). */
const NONNULL = /\*\s*_Nonnull\b[^*]*$/;

/**
 * Turns libclang's structural type into the IR's `CType`.
 * `const unsigned char *` → `{kind:'pointer', to:{kind:'int', name:'unsigned char', const:true}}`;
 * `z_streamp` → `{kind:'typedef', id, name:'z_streamp'}`. Types the runtime cannot carry
 * (`_Complex long double`, vectors, `_Float16`, `_Float128`) become `unsupported` with the reason.
 */
export function convertType(t: RawType): CType {
  const q: { const?: true; volatile?: true } = {};
  if (t.const) q.const = true;
  if (t.volatile) q.volatile = true;
  switch (t.kind) {
    case 'primitive': {
      if (t.name === 'void') return { kind: 'void', ...q };
      const int = INT_NAMES[t.name];
      if (int)
        return {
          kind: 'int',
          name: int,
          size: t.size,
          signed: int === 'char' ? t.signed : t.signed && int !== 'bool',
          ...q,
        };
      if (t.name === 'float' || t.name === 'double' || t.name === 'long double')
        return { kind: 'float', name: t.name, size: t.size, ...q };
      return {
        kind: 'unsupported',
        spelling: t.spelling,
        why: `'${t.name}' has no exact JavaScript representation`,
        ...q,
      };
    }
    case 'pointer':
      // the nullability attribute is sugar libclang keeps only in the spelling: `int * _Nonnull`
      return NONNULL.test(t.spelling)
        ? { kind: 'pointer', to: convertType(t.pointee), nonnull: true, ...q }
        : { kind: 'pointer', to: convertType(t.pointee), ...q };
    case 'array':
      return t.length >= 0
        ? { kind: 'array', of: convertType(t.element), length: t.length, ...q }
        : { kind: 'array', of: convertType(t.element), ...q };
    case 'function':
      return {
        kind: 'function',
        result: convertType(t.result),
        params: t.params.map(convertType),
        variadic: t.variadic,
        ...q,
      };
    case 'typedef':
      return { kind: 'typedef', id: t.id, name: t.name, ...q };
    case 'record':
      return { kind: 'record', id: t.id, ...q };
    case 'enum':
      return { kind: 'enum', id: t.id, ...q };
    case 'unsupported': {
      // libclang has no primitive name for `_Complex float/double`; its spelling says which
      const complex = t.clangKind === 'Complex' && /^(?:const |volatile )*_Complex (float|double)$/.exec(t.spelling);
      if (complex) return { kind: 'complex', name: complex[1] as 'float' | 'double', size: t.size, ...q };
      return { kind: 'unsupported', spelling: t.spelling, why: `clang type kind ${t.clangKind}`, ...q };
    }
  }
}
