/** The constructs' runtime helpers `ffi` uses, in one import (docs/constructs.md). */
export { enumString, isEnumValue } from './enum-names.cjs';
export { flexibleNew } from './flexible.cjs';
export { noField, opaqueMessage } from './opaque.cjs';
