import type { IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import type { JsTypes } from './js-types.js';

/** What every per-kind view builder reads. */
export interface EmitContext {
  readonly index: IrIndex;
  readonly plan: Plan;
  readonly types: JsTypes;
}
