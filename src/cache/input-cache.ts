/**
 * The whole-input cache: a run whose inputs are those of the last run into the same folder returns
 * before libclang parses anything. The inputs are the resolved options (headers, flags, libraries,
 * selection, the config file's content through them), `$CC`, the tool's version, and the content
 * of every file the last parse read (the headers and all they include, from libclang's list). The
 * outputs must still be there as written (size and modification time), and the module must load.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../config/index.js';
import { PACKAGE_ROOT, VERSION } from '../paths.js';

const STAMP = '.cffi-input-hash';

/** What the last run into a folder recorded. */
export interface InputStamp {
  /** the hash of the options, `$CC` and the version (`optionsKey`) */
  readonly options: string;
  /** every file the parse read, with the hash of its content */
  readonly files: readonly { readonly file: string; readonly hash: string }[];
  /** the output files (relative) with their size and modification time when written */
  readonly outputs: readonly { readonly file: string; readonly size: number; readonly mtimeMs: number }[];
  /** what the run printed (its summary and warnings) */
  readonly summary: string;
}

/** The hash of what a run depends on besides the files it reads. */
export function optionsKey(config: Config, env: NodeJS.ProcessEnv = process.env): string {
  // what only changes how the run reports or repeats itself is not an input
  const { cwd: _cwd, quiet: _quiet, watch: _watch, report: _report, configFile: _file, ...rest } = config;
  const json = JSON.stringify(rest, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v));
  return sha256(`${VERSION}\0${toolKey()}\0${env.CC ?? ''}\0${process.version}\0${json}`);
}

/**
 * The hash of the tool's own output-shaping files (templates, the runtime's C headers and compiled
 * JS): a tool rebuilt at the same version must not reuse a module it would now write differently.
 */
let tool: string | undefined;
function toolKey(): string {
  if (tool !== undefined) return tool;
  const h = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else h.update(`${path.relative(PACKAGE_ROOT, f)}\0`).update(fs.readFileSync(f));
    }
  };
  for (const dir of ['hbs', 'src/runtime', 'dist/src/runtime']) {
    const full = path.join(PACKAGE_ROOT, dir);
    if (fs.existsSync(full)) walk(full);
  }
  return (tool = h.digest('hex'));
}

/**
 * The summary of the last run into `config.out` when nothing it depends on changed, else
 * undefined. Reads every input file (hashing GTK's ~800 headers takes tens of milliseconds).
 */
export function unchangedRun(config: Config, key: string): string | undefined {
  const stamp = readStamp(config.out);
  if (!stamp || stamp.options !== key) return undefined;
  for (const o of stamp.outputs) {
    const st = statOrUndefined(path.join(config.out, o.file));
    if (!st || st.size !== o.size || st.mtimeMs !== o.mtimeMs) return undefined;
  }
  for (const f of stamp.files) if (fileHash(f.file) !== f.hash) return undefined;
  return stamp.summary;
}

/** Records a finished run: the files the parse read, the outputs as they are now, the summary. */
export function recordRun(config: Config, key: string, read: readonly string[], summary: string): void {
  const files = [...new Set(read)].sort().flatMap((file) => {
    const hash = fileHash(file);
    return hash === undefined ? [] : [{ file, hash }];
  });
  const outputs = listOutputs(config.out).map((file) => {
    const st = fs.statSync(path.join(config.out, file));
    return { file, size: st.size, mtimeMs: st.mtimeMs };
  });
  const stamp: InputStamp = { options: key, files, outputs, summary };
  fs.writeFileSync(path.join(config.out, STAMP), JSON.stringify(stamp) + '\n');
}

/** One hash of the content of `files` (the headers a module's C files include), for the object cache. */
export function contentKey(files: readonly string[]): string {
  return sha256(
    [...new Set(files)]
      .sort()
      .map((f) => `${f}\0${fileHash(f) ?? ''}`)
      .join('\0'),
  );
}

/** Forgets the last run (a run that failed part-way must not be taken for a finished one). */
export function forgetRun(out: string): void {
  fs.rmSync(path.join(out, STAMP), { force: true });
}

/** The files the last run into `out` read (what `--watch` watches), or none. */
export function inputFiles(out: string): string[] {
  return readStamp(out)?.files.map((f) => f.file) ?? [];
}

function listOutputs(out: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(out, rel), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listOutputs(out, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

function readStamp(out: string): InputStamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(out, STAMP), 'utf8')) as InputStamp;
  } catch {
    return undefined;
  }
}

function fileHash(file: string): string | undefined {
  try {
    return sha256(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
