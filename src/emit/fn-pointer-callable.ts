import { assertNever, type CType, type IrIndex } from '../ir/index.js';
import { isEmitted, type Plan } from '../passes/index.js';
import { canonical } from './c-name.js';

/** A C function type, as the IR spells it. */
export type FunctionCType = Extract<CType, { kind: 'function' }>;

/**
 * Why JS cannot call a pointer of this type (`''` when it can): a variadic one (its extras' types
 * are not in the type), or one with a parameter or result the module cannot convert or spell.
 */
export function notCallable(fn: FunctionCType, index: IrIndex, plan: Plan): string {
  if (fn.variadic) return 'the function is variadic (the types of its extra arguments are unknown)';
  for (const t of [...fn.params, fn.result]) {
    const bad = unconvertible(t, index, plan, t === fn.result);
    if (bad) return `its type '${canonical(t, index)}' ${bad}`;
  }
  return '';
}

/** Why a parameter or result of type `t` cannot cross (`''` when it can). */
function unconvertible(t: CType, index: IrIndex, plan: Plan, result: boolean): string {
  const r = index.resolve(t);
  if (r.kind === 'unsupported') return 'cannot be converted';
  if (r.kind === 'void') return result ? '' : 'is void';
  if (r.kind === 'record' && (!isEmitted(plan, r.id) || plan.opaque.has(r.id)))
    return 'passes a record by value whose layout the module does not have';
  if (!spellable(t, index)) return 'cannot be spelled in C (an anonymous record or enum)';
  return '';
}

/** Whether C can spell `t` as written (typedef names kept; an anonymous record or enum cannot be). */
function spellable(t: CType, index: IrIndex): boolean {
  switch (t.kind) {
    case 'record':
    case 'enum':
      return index.cSpelling(t.id) !== undefined;
    case 'pointer':
      return spellable(t.to, index);
    case 'array':
      return spellable(t.of, index);
    case 'function':
      return [t.result, ...t.params].every((p) => spellable(p, index));
    case 'void':
    case 'int':
    case 'float':
    case 'complex':
    case 'typedef':
    case 'unsupported':
      return true;
    default:
      return assertNever(t);
  }
}
