import { IrIndex, type Decl, type DeclId } from '../ir/index.js';
import type { Pass } from './plan.js';

/**
 * Brings along whatever the selected declarations need: the types of parameters, results, fields
 * and typedef targets, transitively. Records reached through pointers come with their layout when
 * the headers define one (so their fields can be read); excluded names never come along — what
 * needs them is skipped later (CI014).
 */
export const closeDependencies: Pass = (ctx, plan) => {
  const isExcluded = (d: Decl) => ctx.config.exclude.some((p) => p.test(d.name));
  const required = new Set<DeclId>();
  const work = [...plan.selected];
  while (work.length) {
    const d = ctx.index.get(work.pop()!);
    for (const id of dependencies(d)) {
      if (plan.selected.has(id) || required.has(id)) continue;
      const dep = ctx.index.byId.get(id);
      if (!dep || isExcluded(dep)) continue;
      required.add(id);
      work.push(id);
    }
  }
  return { ...plan, required };
};

/** The declarations `d` mentions directly. */
export function dependencies(d: Decl): DeclId[] {
  switch (d.kind) {
    case 'function':
      return [d.result, ...d.params.map((p) => p.type)].flatMap((t) => IrIndex.refs(t));
    case 'record':
      return d.fields.flatMap((f) => IrIndex.refs(f.type));
    case 'typedef':
    case 'var':
      return IrIndex.refs(d.type);
    case 'macro':
      // a pointer or compound-literal macro needs its type (`Color`, `sqlite3_destructor_type`)
      return d.value?.kind === 'pointer' || d.value?.kind === 'record' ? IrIndex.refs(d.value.type) : [];
    case 'enum':
      return [];
  }
}
