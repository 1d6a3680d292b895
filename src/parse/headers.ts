import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fail } from '../diagnostics/index.js';

let systemDirs: string[] | undefined;

/** The C compiler's `#include <...>` search list, asked once. */
function systemIncludeDirs(): string[] {
  if (systemDirs) return systemDirs;
  // the compiler prints the list on stderr
  const r = spawnSync(process.env.CC ?? 'cc', ['-xc', '-E', '-v', '-'], { input: '', encoding: 'utf8' });
  systemDirs = parseSearchList(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (systemDirs.length === 0) systemDirs = ['/usr/local/include', '/usr/include'];
  return systemDirs;
}

function parseSearchList(text: string): string[] {
  const start = text.indexOf('#include <...> search starts here:');
  const end = text.indexOf('End of search list.');
  if (start < 0 || end < 0) return [];
  return text
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Resolves a header the way the user means it: a path (`./x.h`, `/usr/include/zlib.h`) as a path;
 * a bare name (`zlib.h`, `openssl/ssl.h`) like `#include <zlib.h>` — the -I folders, then the
 * compiler's system folders — and finally relative to the working folder.
 */
export function resolveHeader(header: string, cflags: readonly string[], cwd: string): ResolvedHeader {
  const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();
  const isPath = header.startsWith('.') || path.isAbsolute(header);
  if (isPath) {
    const p = path.resolve(cwd, header);
    if (isFile(p)) return { path: fs.realpathSync(p), include: JSON.stringify(p) };
    fail('CI001', { header, searched: p });
  }
  const userDirs = cflags.filter((f) => f.startsWith('-I')).map((f) => f.slice(2));
  for (const dir of [...userDirs, ...systemIncludeDirs()]) {
    const p = path.join(dir, header);
    if (isFile(p)) return { path: fs.realpathSync(p), include: `<${header}>` }; // libclang reports real paths
  }
  const local = path.resolve(cwd, header);
  if (isFile(local)) return { path: fs.realpathSync(local), include: JSON.stringify(local) };
  fail('CI001', { header, searched: [...userDirs, ...systemIncludeDirs(), cwd].join(', ') });
}

/** A header found: its real path (what libclang reports) and how the generated C includes it. */
export interface ResolvedHeader {
  readonly path: string;
  /** `<zlib.h>` when found on the include path, else `"/abs/path.h"`. */
  readonly include: string;
}

/**
 * The files that count as the named headers for the default selection: the headers themselves
 * and the glibc-style internal headers they include (`#include <bits/mathcalls.h>` in math.h;
 * such headers refuse to be included directly), transitively.
 */
export function headerScope(headers: readonly string[], files: readonly string[]): string[] {
  const scope = new Set(headers);
  const work = [...headers];
  while (work.length) {
    let text: string;
    try {
      text = fs.readFileSync(work.pop()!, 'latin1');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^[ \t]*#[ \t]*include[ \t]*[<"]((?:[\w.-]+\/)*bits\/[\w.\/-]+)[>"]/gm)) {
      for (const f of files) if (f.endsWith(`/${m[1]}`) && !scope.has(f)) (scope.add(f), work.push(f));
    }
  }
  return [...scope];
}
