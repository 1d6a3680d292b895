import type { Decl } from '../ir/index.js';
import { isEmitted, type Pass } from './plan.js';
import { isReservedTypeName } from './reserved-words.js';
import { skipDiagnostic, type Skip } from './skip-reason.js';

/**
 * Gives each emitted declaration its JS-side name. Values on `lib` (functions, variables, enum
 * constants, macro constants) keep their C names — any string is a safe property key because the
 * emitter defines them with `Object.defineProperty` on a null-prototype object. When two values
 * share a name (a macro aliasing a function), the first in this order wins and the other is
 * skipped: functions, variables, enum constants, macros. Types get a TypeScript-safe identifier.
 */
export const assignNames: Pass = (ctx, plan) => {
  const names = new Map<string, string>();
  const taken = new Map<string, Decl>();
  const skipped = new Map<string, Skip>(plan.skipped);
  const diagnostics = [...plan.diagnostics];
  const emitted = ctx.ir.decls.filter((d) => isEmitted(plan, d.id));
  const usedTypes = new Set<string>();
  // two anonymous records on one line, or a typedef named like a prefixed tag, must not share a name
  const unique = (name: string) => {
    let n = name;
    for (let i = 2; usedTypes.has(n); i++) n = `${name}_${i}`;
    usedTypes.add(n);
    return n;
  };
  const rank = { function: 0, var: 1, enum: 2, macro: 3, record: 4, typedef: 4 } as const;
  const ranked = [...emitted].sort((a, b) => rank[a.kind] - rank[b.kind]);
  for (const d of ranked) {
    if (d.kind === 'record' || d.kind === 'enum') {
      // an anonymous one a typedef names takes that name (`typedef struct {...} image_t` → struct_image_t)
      const named = d.anonymous ? { ...d, name: ctx.index.cSpelling(d.id) ?? '' } : d;
      names.set(d.id, unique(typeIdentifier(named)));
    }
    if (d.kind === 'typedef') names.set(d.id, unique(typeIdentifier(d)));
    const values =
      d.kind === 'enum' ? d.constants.map((c) => c.name) : d.kind === 'record' || d.kind === 'typedef' ? [] : [d.name];
    for (const v of values) {
      const owner = taken.get(v);
      if (owner && owner.id !== d.id) {
        if (d.kind !== 'enum') {
          const skip = skipDiagnostic(d, { kind: 'name-taken', by: owner.id }, ctx.index);
          skipped.set(d.id, skip);
          diagnostics.push(skip.diagnostic);
        }
        continue;
      }
      taken.set(v, d);
    }
    if (d.kind === 'function' || d.kind === 'var' || d.kind === 'macro') names.set(d.id, d.name);
  }
  return { ...plan, names, skipped, diagnostics };
};

/** A TypeScript type identifier for a record, enum or typedef (`struct foo` → `foo`, `default` → `default_`). */
export function typeIdentifier(d: Decl): string {
  const base = d.name === '' ? `anon_${d.kind}_${d.location.line}` : d.name;
  const safe = base.replace(/[^A-Za-z0-9_$]/g, '_');
  const prefixed = d.kind === 'record' ? `${d.tag}_${safe}` : d.kind === 'enum' ? `enum_${safe}` : safe;
  return isReservedTypeName(prefixed) ? `${prefixed}_` : prefixed;
}
