import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Native from '../../native/index.js';
import { PACKAGE_ROOT } from '../paths.js';

// The binding lives in native/ (built by the install step, or on first use); loaded by path
// because dist/ holds only what tsc compiled.
const binding = (await import(pathToFileURL(path.join(PACKAGE_ROOT, 'native', 'index.js')).href)) as typeof Native;

/** libclang: parse one translation unit into a plain tree (see native/index.d.ts). */
export const parse: typeof Native.parse = (o) => binding.parse(o);

/** libclang: evaluate the top-level variables of a probe translation unit. */
export const evaluate: typeof Native.evaluate = (o) => binding.evaluate(o);
