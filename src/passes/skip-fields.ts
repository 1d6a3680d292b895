import type { DeclId } from '../ir/index.js';
import { isEmitted, type Pass } from './plan.js';
import { fieldDiagnostic, type Skip, type TypeProblem } from './skip-reason.js';
import { valueProblem } from './value-problem.js';

/**
 * Leaves out single fields of the emitted records with a layout, each with its reason and
 * diagnostic: a field whose type has no exact JS representation (CI013) or names a skipped or
 * excluded declaration (CI014). The record itself stays, with its true size and the offsets of
 * its other fields, so `ffi.new` and the remaining accessors keep working.
 */
export const skipFields: Pass = (ctx, plan) => {
  const skippedFields = new Map<DeclId, ReadonlyMap<string, Skip<TypeProblem>>>();
  for (const d of ctx.ir.decls) {
    if (d.kind !== 'record' || !isEmitted(plan, d.id) || plan.opaque.has(d.id)) continue;
    const bad = new Map<string, Skip<TypeProblem>>();
    for (const f of d.fields) {
      const problem = valueProblem(f.type, ctx.index, plan, 'field');
      if (problem) bad.set(f.name, fieldDiagnostic(d, f.name, problem, ctx.index));
    }
    if (bad.size) skippedFields.set(d.id, bad);
  }
  const diagnostics = [...skippedFields.values()].flatMap((m) => [...m.values()].map((s) => s.diagnostic));
  return { ...plan, skippedFields, diagnostics: [...plan.diagnostics, ...diagnostics] };
};
