/**
 * The load check: a built module is loaded once with every symbol bound now (RTLD_NOW), so a
 * symbol that no loaded library provides fails here, naming itself, instead of at the user's
 * first call. It also tells whether a cached module still loads. Under sanitizers it loads without
 * RTLD_DEEPBIND, which the ASan runtime refuses.
 */
import * as os from 'node:os';
import { fail } from '../diagnostics/index.js';
import { sanitizeFlags } from './toolchain.mjs';

/**
 * Loads the module at `file` with every symbol bound; an unresolved one names the missing library
 * (CI004), any other failure says why (CI024).
 */
export function verifyLoad(file: string): void {
  try {
    process.dlopen(
      { exports: {} } as NodeJS.Module,
      file,
      os.constants.dlopen.RTLD_NOW | (sanitizeFlags().length ? 0 : (os.constants.dlopen.RTLD_DEEPBIND ?? 0)),
    );
  } catch (e) {
    const msg = (e as Error).message;
    const sym = /undefined symbol: (\S+)/.exec(msg);
    if (sym) fail('CI004', { symbol: sym[1]! });
    fail('CI024', { file, message: msg });
  }
}

/** Whether the module at `file` loads (a damaged one, or one whose libraries changed, does not). */
export function loads(file: string): boolean {
  try {
    verifyLoad(file);
    return true;
  } catch {
    return false;
  }
}
