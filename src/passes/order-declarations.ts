import { isEmitted, type Pass } from './plan.js';

/**
 * Fixes the emit order: the headers' source order (files in the order libclang read them, then
 * line), which is deterministic and keeps related declarations together in the output.
 */
export const orderDeclarations: Pass = (ctx, plan) => ({
  ...plan,
  order: ctx.ir.decls.filter((d) => isEmitted(plan, d.id)).map((d) => d.id),
});
