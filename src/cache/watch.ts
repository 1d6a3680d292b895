/**
 * `--watch`: after a run, watch the folders of every file it read (the headers and all they
 * include, from the input cache's record) and the config file; when one of those files changes,
 * run again (the input cache makes a run that changed nothing return at once). Folders, not
 * files: an editor that saves by renaming replaces the file a file watch would hold.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inputFiles } from './input-cache.js';

/** How long a burst of changes (an editor's save) settles before the run. */
const SETTLE_MS = 150;

/**
 * Runs `run`, then again after each change to what the last run read (`out`'s record) or to
 * `extra` files, until `signal` aborts. `run` reports its own errors; a failed run is watched too.
 */
export async function watchRuns(out: string, extra: readonly string[], run: () => Promise<void>, signal?: AbortSignal) {
  while (!signal?.aborted) {
    const before = await runAndHash(out, extra, run);
    await changeOf(before, signal);
  }
}

/** Runs `run`, then reads what the files it read hold now (their content, to compare after a change). */
async function runAndHash(out: string, extra: readonly string[], run: () => Promise<void>) {
  await run();
  const files = [...new Set([...inputFiles(out), ...extra].map((f) => path.resolve(f)))];
  return new Map(files.map((f) => [f, contentOf(f)] as const));
}

function contentOf(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
}

/**
 * Resolves when one of the files changes (or `signal` aborts). A change made between the run and
 * the watch is seen by comparing the content once the folders are watched.
 */
function changeOf(before: ReadonlyMap<string, string | undefined>, signal?: AbortSignal): Promise<void> {
  const files = new Set(before.keys());
  return new Promise((resolve) => {
    const dirs = new Set([...files].map((f) => path.dirname(f)));
    const watchers: fs.FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      for (const w of watchers) w.close();
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    signal?.addEventListener('abort', done);
    for (const dir of dirs) {
      try {
        watchers.push(
          fs.watch(dir, (_event, name) => {
            if (name === null || !files.has(path.join(dir, name.toString()))) return;
            if (timer) clearTimeout(timer);
            timer = setTimeout(done, SETTLE_MS);
          }),
        );
      } catch {
        // a folder that went away: its files' change is their absence, seen by the next run
      }
    }
    if ([...before].some(([f, content]) => contentOf(f) !== content)) done();
  });
}
