/** The IR's types and the small read-only helpers every stage uses on it. */
export * from './types.js';
export { IrIndex, assertNever } from './ir-index.js';
