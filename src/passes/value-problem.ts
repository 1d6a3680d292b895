import type { CType, IrIndex } from '../ir/index.js';
import { isEmitted, type Plan } from './plan.js';
import type { TypeProblem } from './skip-reason.js';

/** How a type is used: a signature cannot take records C cannot name; fields and typedefs can hold them. */
export type ValueUse = 'signature' | 'field' | 'typedef';

const VA_LIST = new Set(['va_list', '__gnuc_va_list', '__builtin_va_list']);

/**
 * Why a value of type `t`, used as `use`, cannot cross into JS under `plan` (what it names must be
 * emitted), or undefined when it can. Shared by `skipUnsupported` (declarations) and `skipFields`
 * (record fields), so both judge a type the same way.
 */
export function valueProblem(t: CType, index: IrIndex, plan: Plan, use: ValueUse): TypeProblem | undefined {
  switch (t.kind) {
    case 'void':
    case 'int':
    case 'float':
    case 'pointer':
      return undefined;
    case 'complex':
      // a value crosses as `{ re, im }`; the runtime has no complex type for memory views yet
      return use === 'field'
        ? { kind: 'unsupported-type', spelling: `_Complex ${t.name}`, why: 'a _Complex field is not carried yet' }
        : undefined;
    case 'unsupported':
      return { kind: 'unsupported-type', spelling: t.spelling, why: t.why };
    case 'function':
      return use === 'typedef' ? undefined : { kind: 'function-type' };
    case 'array':
      // a parameter array is a pointer; a flexible array member has no value of its own
      if (use === 'signature' || (t.length === undefined && use === 'field')) return undefined;
      return valueProblem(t.of, index, plan, use);
    case 'typedef': {
      if (VA_LIST.has(t.name)) return { kind: 'va-list', name: t.name };
      if (!index.byId.has(t.id) || !isEmitted(plan, t.id)) return { kind: 'needs', dep: t.id };
      return valueProblem(index.typedef(t.id).type, index, plan, use);
    }
    case 'record': {
      const r = index.byId.get(t.id);
      if (!r || r.kind !== 'record' || !isEmitted(plan, t.id)) return { kind: 'needs', dep: t.id };
      if (!r.complete) return use === 'typedef' ? undefined : { kind: 'needs', dep: t.id, incomplete: true };
      // by value in a signature, C must be able to name the type (the trampoline dereferences it)
      return use === 'signature' && index.cSpelling(t.id) === undefined
        ? { kind: 'record-by-value', record: t.id }
        : undefined;
    }
    case 'enum':
      return index.byId.has(t.id) && isEmitted(plan, t.id) ? undefined : { kind: 'needs', dep: t.id };
  }
}
