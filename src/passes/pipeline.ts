import { assignNames } from './assign-names.js';
import { closeDependencies } from './close-dependencies.js';
import { markOpaque } from './mark-opaque.js';
import { orderDeclarations } from './order-declarations.js';
import { EMPTY_PLAN, type Pass, type PassContext, type Plan } from './plan.js';
import { selectDeclarations } from './select-declarations.js';
import { skipFields } from './skip-fields.js';
import { skipUnsupported } from './skip-unsupported.js';

/** The passes, in the order they run. Each reads the IR and returns the next Plan. */
export const PIPELINE: readonly Pass[] = [
  selectDeclarations, // what the user asked for
  closeDependencies, // what that needs
  skipUnsupported, // what cannot be emitted, and what depends on it
  markOpaque, // records without a layout: pointers only
  skipFields, // single fields that cannot be emitted, their records kept
  assignNames, // JS and TS names, clashes resolved
  orderDeclarations, // the emit order
];

/** Runs the whole pipeline over the IR. */
export function plan(ctx: PassContext): Plan {
  return PIPELINE.reduce((p, pass) => pass(ctx, p), EMPTY_PLAN);
}
