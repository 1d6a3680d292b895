/** src/cache: the whole-input cache (input-cache.ts) and `--watch` (watch.ts). */
export { contentKey, forgetRun, inputFiles, optionsKey, recordRun, unchangedRun } from './input-cache.js';
export { watchRuns } from './watch.js';
