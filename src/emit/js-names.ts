import { isReservedWord } from '../passes/index.js';

/**
 * A parameter name that is a valid JS identifier and cannot shadow the runtime: reserved words
 * (the passes' one list) and `$`-names get a trailing `_`.
 */
export function safeParam(name: string, i: number): string {
  const n = name.replace(/[^A-Za-z0-9_$]/g, '_') || `arg${i}`;
  return isReservedWord(n) || n.startsWith('$') ? `${n}_` : n;
}
