import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { CType, Decl, DeclId, IrIndex } from '../ir/index.js';
import { isEmitted, type Pass, type Plan } from './plan.js';

/**
 * Leaves out, with a coded diagnostic each, what this version cannot emit: variadic functions
 * (CI010), function-like and non-constant macros (CI011, CI012), types without an exact JS
 * representation (CI013), functions without a prototype (CI015), structs by value (CI016),
 * static variables (CI018); then, until nothing changes, whatever depends by value on a skipped
 * declaration (CI014). Records without a definition become opaque (CI017). A record field of an
 * unsupported type drops only that field.
 */
export const skipUnsupported: Pass = (ctx, plan) => {
  const skipped = new Map(plan.skipped);
  const emitted = [...plan.selected, ...plan.required].map((id) => ctx.index.get(id));
  const current = (): Plan => ({ ...plan, skipped });
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of emitted) {
      if (skipped.has(d.id)) continue;
      const why = problemOf(d, ctx.index, current());
      if (why) (skipped.set(d.id, why), (changed = true));
    }
  }
  // Compiler builtins (`struct __va_list_tag`) have no file: C cannot name them, so no layout.
  const opaque = new Set(
    emitted
      .filter((d) => d.kind === 'record' && (!d.complete || d.location.file === '') && !skipped.has(d.id))
      .map((d) => d.id),
  );
  const infos = [...opaque].map((id) => diag('CI017', { name: ctx.index.get(id).name }, ctx.index.get(id).location));
  const skippedFields = new Map<DeclId, ReadonlyMap<string, Diagnostic>>();
  for (const d of emitted) {
    if (d.kind !== 'record' || skipped.has(d.id) || opaque.has(d.id)) continue;
    const bad = new Map<string, Diagnostic>();
    for (const f of d.fields) {
      const why = valueProblem(f.type, ctx.index, current(), 'field');
      if (why) bad.set(f.name, diag('CI013', { kind: 'field', name: `${d.name}.${f.name}`, type: why }, d.location));
    }
    if (bad.size) skippedFields.set(d.id, bad);
  }
  const fieldDiags = [...skippedFields.values()].flatMap((m) => [...m.values()]);
  return {
    ...plan,
    skipped,
    opaque,
    skippedFields,
    diagnostics: [...plan.diagnostics, ...skipped.values(), ...fieldDiags, ...infos],
  };
};

function problemOf(d: Decl, index: IrIndex, plan: Plan): Diagnostic | undefined {
  const at = d.location;
  switch (d.kind) {
    case 'function': {
      if (d.variadic) return diag('CI010', { name: d.name }, at);
      if (d.noProto && d.params.length === 0) return diag('CI015', { name: d.name }, at);
      for (const t of [d.result, ...d.params.map((p) => p.type)]) {
        const why = valueProblem(t, index, plan, 'signature');
        if (why === BY_VALUE) return diag('CI016', { kind: 'function', name: d.name }, at);
        if (why) return dependencyOrType('function', d.name, why, at);
      }
      return undefined;
    }
    case 'macro':
      if (d.functionLike) return diag('CI011', { name: d.name }, at);
      if (!d.value) return diag('CI012', { name: d.name, why: d.notConstant ?? 'no value' }, at);
      return undefined;
    case 'var': {
      // a `static const` in a header is a constant (Vulkan's VK_PIPELINE_STAGE_2_*): our copy holds the value
      if (d.isStatic && !index.resolve(d.type).const) return diag('CI018', { name: d.name }, at);
      const why = valueProblem(d.type, index, plan, 'field');
      return why ? dependencyOrType('variable', d.name, why, at) : undefined;
    }
    case 'typedef': {
      const why = valueProblem(d.type, index, plan, 'typedef');
      return why ? dependencyOrType('typedef', d.name, why, at) : undefined;
    }
    case 'record':
    case 'enum':
      return undefined;
  }
}

const BY_VALUE = 'by value';
const VA_LIST = new Set(['va_list', '__gnuc_va_list', '__builtin_va_list']);
const DEP = 'dep:';

function dependencyOrType(kind: string, name: string, why: string, at: Decl['location']): Diagnostic {
  return why.startsWith(DEP)
    ? diag('CI014', { kind, name, dep: why.slice(DEP.length) }, at)
    : diag('CI013', { kind, name, type: why }, at);
}

/**
 * Why a value of type `t` cannot cross into JS, or undefined. `where` says how it is used: a
 * signature cannot take records by value yet; fields and typedefs can hold them.
 */
export function valueProblem(
  t: CType,
  index: IrIndex,
  plan: Plan,
  where: 'signature' | 'field' | 'typedef',
): string | undefined {
  switch (t.kind) {
    case 'void':
    case 'int':
    case 'float':
      return undefined;
    case 'unsupported':
      return `${t.spelling} (${t.why})`;
    case 'pointer':
      return undefined;
    case 'function':
      return where === 'typedef' ? undefined : 'a function type';
    case 'array':
      return where === 'signature'
        ? undefined
        : t.length === undefined && where === 'field'
          ? undefined
          : valueProblem(t.of, index, plan, where);
    case 'typedef': {
      if (VA_LIST.has(t.name)) return `${t.name} (a C variadic argument list cannot be built from JS)`;
      if (!index.byId.has(t.id) || !isEmitted(plan, t.id)) return `${DEP}${t.name}`;
      return valueProblem(index.typedef(t.id).type, index, plan, where);
    }
    case 'record': {
      const r = index.byId.get(t.id);
      if (!r || r.kind !== 'record' || !isEmitted(plan, t.id)) return `${DEP}${r?.name || t.id}`;
      if (!r.complete) return where === 'typedef' ? undefined : `${DEP}${r.name} (incomplete)`;
      // by value in a signature, C must be able to name the type (the trampoline dereferences it)
      return where === 'signature' && index.cSpelling(t.id) === undefined ? BY_VALUE : undefined;
    }
    case 'enum':
      return index.byId.has(t.id) && isEmitted(plan, t.id) ? undefined : `${DEP}${t.id}`;
  }
}
