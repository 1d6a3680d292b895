import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (this file is compiled to `dist/src/paths.js`). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The package version, for the do-not-edit banners. */
export const VERSION = '0.1.0';
