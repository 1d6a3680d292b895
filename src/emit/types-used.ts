import type { CType, IrIndex } from '../ir/index.js';
import { conversionOf } from './conversion.js';
import { jsResultKind } from './kinds.js';

/*
 * What a call's JS side refers to in the runtime type table: shared by `lib` functions
 * (function.ts) and the trampolines of function pointers (fn-pointer.ts).
 */

/** The runtime type an argument's JS check needs: the pointee, or the record passed by value. */
export function argType(type: CType, index: IrIndex): CType | undefined {
  const conv = conversionOf(type, index);
  return conv.kind === 'pointer' ? conv.to : conv.kind === 'record' ? type : undefined;
}

/** The runtime type a result's JS wrapping needs: the pointee, or the record returned by value. */
export function resultType(type: CType, index: IrIndex): CType | undefined {
  const conv = conversionOf(type, index);
  const kind = jsResultKind(conv);
  return kind === 'record' ? type : kind === 'pointer' && conv.kind === 'pointer' ? conv.to : undefined;
}

/** Array parameters are pointers in C (also when a typedef names the array type). */
export function decay(t: CType, index: IrIndex): CType {
  const r = index.resolve(t);
  return r.kind === 'array' ? { kind: 'pointer', to: r.of } : t;
}
