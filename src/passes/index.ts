/** The passes over the IR and the Plan they produce. */
export { plan as runPasses, PIPELINE } from './pipeline.js';
export { isEmitted, EMPTY_PLAN, type Plan, type Pass, type PassContext } from './plan.js';
export type { Skip, SkipReason, TypeProblem } from './skip-reason.js';
export { isReservedWord, RESERVED_WORDS } from './reserved-words.js';
export { summarize } from './summary.js';
