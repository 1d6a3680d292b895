/**
 * The output folder: cffi-import writes only into a folder that is new, empty, or one it made
 * (it holds the marker `.cffi-import.json`), and only the files it knows. `-o .` inside a
 * project, `-o /`, `-o ~/src`, an existing file or a system folder is refused before anything is
 * written, with a message that names the folder and says what to do.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fail } from './diagnostics/index.js';
import { jsonText } from './escape.js';
import { VERSION } from './paths.js';

/** The file that marks a folder as cffi-import's own output (so a later run may write over it). */
export const MARKER = '.cffi-import.json';

/** Kernel file systems: writing there does not make files (`/proc/x` hangs or fails oddly). */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

/** A relative path the writer accepts: plain names, one folder deep at most (`runtime/x.cjs`). */
const KNOWN_FILE = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)?[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Makes sure `out` may receive a module, creating it when new, and leaves the marker in it; the
 * marker is written first, so a folder cffi-import created is recognised even after a failed run.
 */
export function claimOutDir(out: string): void {
  checkOutDir(out);
  try {
    fs.mkdirSync(out, { recursive: true });
    const marker = { tool: 'cffi-import', version: VERSION, note: 'generated folder: cffi-import rewrites it' };
    writeKnown(out, MARKER, jsonText(marker) + '\n');
  } catch (e) {
    fail('CI040', {
      folder: JSON.stringify(out),
      why: `it cannot be written (${errText(e)})`,
      todo: 'check its permissions, or name a folder you can write with -o',
    });
  }
}

/** Refuses (CI040) an output folder cffi-import must not write into; touches nothing. */
export function checkOutDir(out: string): void {
  const refuse = (why: string, todo: string): never => fail('CI040', { folder: JSON.stringify(out), why, todo });
  if (path.parse(out).root === out) refuse('it is the root of the file system', 'name a new folder with -o');
  const real = realOfNearest(out);
  if (SYSTEM_DIRS.some((d) => real === d || real.startsWith(`${d}/`)))
    refuse('it is on a kernel file system', 'name a new folder with -o');
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') refuse(`it cannot be read (${errText(e)})`, 'check it');
  }
  if (stat && !stat.isDirectory()) refuse('it is an existing file, not a folder', 'name a folder with -o');
  if (stat) {
    let entries: string[];
    try {
      entries = fs.readdirSync(out);
    } catch (e) {
      return refuse(`it cannot be listed (${errText(e)})`, 'check its permissions or name another folder with -o');
    }
    if (entries.length > 0 && !isMarked(out)) {
      const some = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
      refuse(
        `it holds files cffi-import did not make (${some}) and no ${MARKER}`,
        'name a new or empty folder with -o (the module is written into it, replacing what is there)',
      );
    }
  }
}

/**
 * Writes the module's files into a claimed folder: only plain relative names (no `..`, no path
 * from a header), never through a symbolic link, and only those whose content changed (so
 * builds stay cached).
 */
export function writeOutput(out: string, files: ReadonlyMap<string, string>): void {
  for (const [rel, text] of files) {
    if (!KNOWN_FILE.test(rel) || rel.split('/').includes('..'))
      throw new Error(`internal: the emitter asked to write '${rel}', which is not a plain file name`);
    try {
      writeKnown(out, rel, text);
    } catch (e) {
      fail('CI040', {
        folder: JSON.stringify(out),
        why: `${rel} cannot be written (${errText(e)})`,
        todo: 'check its permissions and free space, or name another folder with -o',
      });
    }
  }
}

/**
 * Removes the C parts (`<name>.<k>.c`) an earlier run wrote that this one does not: a module that
 * shrank must not compile a stale part. Only names this tool makes, in a folder it marked.
 */
export function removeStaleParts(out: string, name: string, files: ReadonlyMap<string, string>): void {
  if (!isMarked(out)) return;
  const part = new RegExp(`^${name.replace(/[^A-Za-z0-9_]/g, '\\$&')}\\.\\d+\\.c$`);
  for (const f of fs.readdirSync(out)) if (part.test(f) && !files.has(f)) fs.rmSync(path.join(out, f));
}

function writeKnown(out: string, rel: string, text: string): void {
  const file = path.join(out, rel);
  const dir = path.dirname(file);
  if (dir !== out) {
    if (fs.existsSync(dir) && fs.lstatSync(dir).isSymbolicLink()) throw new Error(`${dir} is a symbolic link`);
    fs.mkdirSync(dir, { recursive: true });
  }
  const old = fs.lstatSync(file, { throwIfNoEntry: false });
  if (old?.isSymbolicLink() || (old && !old.isFile())) fs.rmSync(file, { recursive: false });
  else if (old && fs.readFileSync(file, 'utf8') === text) return;
  fs.writeFileSync(file, text);
}

function isMarked(out: string): boolean {
  try {
    const marker = fs.lstatSync(path.join(out, MARKER));
    if (!marker.isFile()) return false;
    const json = JSON.parse(fs.readFileSync(path.join(out, MARKER), 'utf8')) as { tool?: unknown };
    return json.tool === 'cffi-import';
  } catch {
    return false;
  }
}

/** The real path of `p`, or of its nearest existing ancestor with the rest appended. */
function realOfNearest(p: string): string {
  let rest = '';
  for (let cur = p; ; cur = path.dirname(cur)) {
    try {
      return path.join(fs.realpathSync(cur), rest);
    } catch {
      if (path.dirname(cur) === cur) return p;
      rest = path.join(path.basename(cur), rest);
    }
  }
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '')}` : String(err.message ?? e);
}
