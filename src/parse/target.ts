import * as path from 'node:path';
import { evaluate } from './clang.js';
import type { Target } from '../ir/index.js';

/**
 * Asks libclang, with the run's own flags (`--target=…`, `-funsigned-char`), what the target is
 * like: a probe file of constant expressions that libclang evaluates, one per fact, as the macro
 * probe does (see evaluate-macros.ts). It includes no header, so it costs a few milliseconds.
 */
export function probeTarget(args: readonly string[], dir: string): Target {
  const file = path.join(dir, '__cffi_target__.c');
  const probe = 'static int __cffi_char_is_signed = (char)-1 < 0;\n';
  const result = evaluate({ file, args: [...args, '-Wno-everything'], unsaved: [{ file, contents: probe }] });
  const fact = (name: string): boolean => {
    const v = result.values.find((x) => x.name === name)?.value;
    if (v?.kind !== 'int') throw new Error(`internal: libclang did not evaluate the target probe ${name}`);
    return v.value !== '0';
  };
  return { charIsSigned: fact('__cffi_char_is_signed') };
}
