import type { CType, IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';

/** The names of the runtime types (`$T0`, `$R3`) a view refers to; `TypeTable` is the one maker. */
export interface TypeRefs {
  /** The const holding the runtime type of `t`; an internal error for a type the Plan does not use. */
  ref(t: CType): string;
}

/** What every per-kind view builder reads; all of it read-only. */
export interface EmitContext {
  readonly index: IrIndex;
  readonly plan: Plan;
  /** the runtime type table, computed from the Plan before any view. */
  readonly types: TypeRefs;
  /** --int64: whether 64-bit results, fields and globals read as `number` (range-checked) or `bigint`. */
  readonly int64: 'bigint' | 'number';
}
