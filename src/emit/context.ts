import type { IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import type { TypeTable } from './type-table.js';

/** What every per-kind view builder reads; all of it read-only. */
export interface EmitContext {
  readonly index: IrIndex;
  readonly plan: Plan;
  /** the runtime type table, computed from the Plan before any view. */
  readonly types: TypeTable;
}
