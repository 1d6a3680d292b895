/**
 * src/compile: from the emitted C to a loaded `.node` (compile-module.ts), and the toolchain facts
 * the build recipe shares with it (toolchain.mjs).
 */
export { buildModule } from './compile-module.js';
export { moduleLinkFlags, recipeCompileFlags, type RuntimeNeeds } from './toolchain.mjs';
export { loads } from './load-check.js';
