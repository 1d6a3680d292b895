import type { CType, IrIndex } from '../ir/index.js';
import { intCode, type IntCode } from '../runtime/primitives.cjs';

/** How a value crosses between JS and C. Decided once per type, read by both views. */
export type Conversion =
  | { readonly kind: 'int'; readonly code: IntCode; readonly ctype: string }
  | { readonly kind: 'float'; readonly size: 4 | 8 | 16 }
  | { readonly kind: 'complex'; readonly size: 8 | 16 }
  | { readonly kind: 'pointer'; readonly to: CType; readonly bytes: boolean; readonly string: boolean }
  | { readonly kind: 'record'; readonly id: string }
  | { readonly kind: 'void' };

/**
 * The conversion of a value of type `t`. Arrays in signatures decay to pointers. A pointer to
 * `char`, `signed char`, `unsigned char` or `void` is "bytes" (also takes strings and buffers);
 * `const char *` additionally reads back as a JS string.
 */
export function conversionOf(t: CType, index: IrIndex): Conversion {
  const r = index.resolve(t);
  switch (r.kind) {
    case 'void':
      return { kind: 'void' };
    case 'int':
      return { kind: 'int', code: intCode(r.size, r.signed, r.name === 'bool'), ctype: r.name };
    case 'float':
      return { kind: 'float', size: r.size === 4 ? 4 : r.size === 8 ? 8 : 16 };
    case 'complex':
      return { kind: 'complex', size: r.size === 8 ? 8 : 16 };
    case 'enum': {
      const base = index.resolve(index.enum(r.id).base);
      if (base.kind !== 'int') throw new Error(`internal: enum ${r.id} has a non-integer base`);
      return { kind: 'int', code: intCode(base.size, base.signed, false), ctype: base.name };
    }
    case 'pointer':
    case 'array': {
      const to = r.kind === 'pointer' ? r.to : r.of;
      const pointee = index.resolve(to);
      const bytes =
        pointee.kind === 'void' || (pointee.kind === 'int' && pointee.size === 1 && pointee.name !== 'bool');
      const string = bytes && pointee.kind === 'int' && pointee.name === 'char' && pointee.const === true;
      return { kind: 'pointer', to, bytes, string };
    }
    case 'record':
      return { kind: 'record', id: r.id };
    case 'function':
      return { kind: 'pointer', to: r, bytes: false, string: false };
    case 'unsupported':
    case 'typedef':
      throw new Error(`internal: no conversion for ${JSON.stringify(r)}`);
  }
}
