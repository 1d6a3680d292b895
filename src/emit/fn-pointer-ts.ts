import type { IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { notCallable, type FunctionCType } from './fn-pointer.js';
import { pointerType, tsIn, tsOut } from './ts-type.js';

/**
 * The TypeScript type of a pointer to a function as JS reads it: `int (*)(int, int)` is
 * `$rt.FunctionPointer<"int (int, int)", (a1: number, a2: number) => number>`, callable and still a
 * pointer; one JS cannot call (variadic, or a type that does not convert) is a plain pointer.
 */
export function fnPointerTs(fn: FunctionCType, brandJs: string, index: IrIndex, plan: Plan): string {
  if (notCallable(fn, index, plan)) return pointerType(brandJs, 'never');
  const params = fn.params.map((p, i) => `a${i + 1}: ${tsIn(p, index)}`).join(', ');
  return `$rt.FunctionPointer<${brandJs}, (${params}) => ${tsOut(fn.result, index, plan)}>`;
}
