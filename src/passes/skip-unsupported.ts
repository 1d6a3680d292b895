import type { Decl, DeclId, IrIndex } from '../ir/index.js';
import type { Pass, Plan } from './plan.js';
import { skipDiagnostic, type Skip, type SkipReason } from './skip-reason.js';
import { valueProblem } from './value-problem.js';

/**
 * Leaves out, each with a typed reason and its coded diagnostic, the selected or required
 * declarations this version cannot emit: variadic functions with a record by value in their fixed
 * part (CI010: libffi is not given record types), function-like macros the compiler could not
 * type (CI011), non-constant macros (CI012), types without an exact JS representation (CI013),
 * functions without a prototype (CI015), records C cannot name passed by value (CI016), static
 * variables (CI018); then, until nothing changes, whatever depends by value on a skipped or
 * excluded declaration (CI014).
 * Whole declarations only: opaque records and single fields are the next passes' business.
 */
export const skipUnsupported: Pass = (ctx, plan) => {
  const skipped = new Map<DeclId, Skip>(plan.skipped);
  const candidates = [...plan.selected, ...plan.required].map((id) => ctx.index.get(id));
  const added: Skip[] = [];
  // a skip can make another declaration's dependency disappear: repeat until nothing changes
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of candidates) {
      if (skipped.has(d.id)) continue;
      const reason = skipReason(d, ctx.index, { ...plan, skipped });
      if (!reason) continue;
      const skip = skipDiagnostic(d, reason, ctx.index);
      skipped.set(d.id, skip);
      added.push(skip);
      changed = true;
    }
  }
  return { ...plan, skipped, diagnostics: [...plan.diagnostics, ...added.map((s) => s.diagnostic)] };
};

/** Why `d` cannot be emitted under `plan`, or undefined. */
function skipReason(d: Decl, index: IrIndex, plan: Plan): SkipReason | undefined {
  switch (d.kind) {
    case 'function': {
      if (d.noProto && d.params.length === 0) return { kind: 'no-prototype' };
      for (const t of [d.result, ...d.params.map((p) => p.type)]) {
        const problem = valueProblem(t, index, plan, 'signature');
        if (problem) return problem;
        // a variadic call goes through libffi, which this version gives scalar and pointer types only
        if (d.variadic && index.resolve(t).kind === 'record') return { kind: 'variadic' };
      }
      return undefined;
    }
    case 'macro':
      if (d.functionLike)
        return {
          kind: 'function-like-macro',
          ...(d.notCallable ?? { why: 'not typed', declare: `<type> ${d.name}(...)` }),
        };
      if (!d.value) return { kind: 'not-constant', why: d.notConstant ?? 'no value' };
      // a pointer or record macro is a value of its type, judged as a function result is
      if (d.value.kind === 'pointer' || d.value.kind === 'record')
        return valueProblem(d.value.type, index, plan, 'signature');
      return undefined;
    case 'var':
      // a `static const` in a header is a constant (Vulkan's VK_PIPELINE_STAGE_2_*): our copy holds the value
      if (d.isStatic && !index.resolve(d.type).const) return { kind: 'static-variable' };
      return valueProblem(d.type, index, plan, 'field');
    case 'typedef':
      return valueProblem(d.type, index, plan, 'typedef');
    case 'record':
    case 'enum':
      return undefined;
  }
}
