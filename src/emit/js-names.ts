import type { IrIndex } from '../ir/index.js';
import { isReservedWord } from '../passes/index.js';

/**
 * A parameter name that is a valid JS identifier and cannot shadow the runtime: reserved words
 * (the passes' one list) and `$`-names get a trailing `_`.
 */
export function safeParam(name: string, i: number): string {
  const n = name.replace(/[^A-Za-z0-9_$]/g, '_') || `arg${i}`;
  return isReservedWord(n) || n.startsWith('$') ? `${n}_` : n;
}

/**
 * The JS names of one function's parameters, each `safeParam` and all distinct: C names that
 * differ may meet after renaming (`a²` and `a_`, `default` and `default_`), and a repeated
 * parameter name is a SyntaxError in strict JS; a later one takes the first free `_<n>`.
 */
export function safeParams(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = safeParam(name, i);
    let n = base;
    for (let k = 2; taken.has(n); k++) n = `${base}_${k}`;
    taken.add(n);
    return n;
  });
}

/** The const that holds a record's runtime type (`$R<n>`, by source order). */
export function recordConst(id: string, index: IrIndex): string {
  return `$R${index.position.get(id)}`;
}

/** The const that holds an enum's runtime type. */
export function enumConst(id: string, index: IrIndex): string {
  return `$E${index.position.get(id)}`;
}
