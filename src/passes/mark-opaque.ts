import { diag } from '../diagnostics/index.js';
import type { DeclId } from '../ir/index.js';
import { isEmitted, type Pass } from './plan.js';

/**
 * Marks the emitted records that have no layout to offer as opaque, with an info (CI017) each:
 * `struct internal_state;` declared but never defined in the headers, and compiler builtins such as
 * `struct __va_list_tag`, which have no file, so C cannot name them. Pointers to an opaque record
 * still cross; `ffi.new` and field access do not, so such a record never has skipped fields.
 */
export const markOpaque: Pass = (ctx, plan) => {
  const opaque = new Set<DeclId>();
  for (const d of ctx.ir.decls) {
    if (d.kind !== 'record' || !isEmitted(plan, d.id)) continue;
    if (!d.complete || d.location.file === '') opaque.add(d.id);
  }
  const infos = [...opaque].map((id) => {
    const d = ctx.index.get(id);
    return diag('CI017', { name: d.name }, d.location);
  });
  return { ...plan, opaque, diagnostics: [...plan.diagnostics, ...infos] };
};
