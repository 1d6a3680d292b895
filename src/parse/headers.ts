import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fail } from '../diagnostics/index.js';
import { cInclude } from '../escape.js';

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

let dialect: string[] | undefined;

/** GCC's `_FloatN` keywords, as x86-64 and arm64 glibc define them for compilers without them. */
const FLOAT_N = [
  ['_Float32', 'float'],
  ['_Float64', 'double'],
  ['_Float32x', 'double'],
  ['_Float64x', 'long double'],
  ['_Float128', '__float128'],
];

/**
 * libclang's flags that make it read the headers as the C compiler will: clang says it is GCC 4.2
 * unless told otherwise, so headers that test `__GNUC_PREREQ (11, 0)` (glibc's pthread.h declares
 * `__sigsetjmp_cancel` or `__sigsetjmp` by it) would show libclang other declarations than the
 * compiler compiles. With GCC, `-fgnuc-version=<its version>`; with clang, nothing. What such a
 * GCC lets glibc write that libclang 14 cannot read is spelled the way libclang reads it:
 * `__malloc__ (free, 1)` as `__malloc__`, GCC's `_FloatN` keywords (GCC ≥ 7) as the types glibc
 * would otherwise typedef them to (`_Float128` as `__float128`, which stays unsupported: CI013).
 */
export function compilerDialect(): string[] {
  if (dialect) return dialect;
  const r = spawnSync(process.env.CC ?? 'cc', ['-xc', '-dM', '-E', '-'], { input: '', encoding: 'utf8' });
  const defs = new Map([...(r.stdout ?? '').matchAll(/^#define (\w+) (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const gnuc = ['__GNUC__', '__GNUC_MINOR__', '__GNUC_PATCHLEVEL__'].map((k) => defs.get(k));
  const isGcc = !defs.has('__clang__') && gnuc.every((v) => v !== undefined && /^\d+$/.test(v));
  const floats = Number(gnuc[0]) >= 7 ? FLOAT_N.map(([k, t]) => `-D${k}=${t}`) : [];
  dialect = isGcc ? [`-fgnuc-version=${gnuc.join('.')}`, '-D__malloc__(...)=__malloc__', ...floats] : [];
  return dialect;
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
    if (isFile(p)) return includable(header, fs.realpathSync(p), cInclude(p, 'quote'));
    fail('CI001', { header, searched: p });
  }
  const userDirs = cflags.filter((f) => f.startsWith('-I')).map((f) => f.slice(2));
  for (const dir of [...userDirs, ...systemIncludeDirs()]) {
    const p = path.join(dir, header);
    if (isFile(p)) return includable(header, fs.realpathSync(p), cInclude(header, 'angle')); // libclang: real paths
  }
  const local = path.resolve(cwd, header);
  if (isFile(local)) return includable(header, fs.realpathSync(local), cInclude(local, 'quote'));
  fail('CI001', { header, searched: [...userDirs, ...systemIncludeDirs(), cwd].join(', ') });
}

/**
 * A header C can `#include` by its spelling and by its real path (the probes include that one):
 * a path C cannot write (a quote, a newline, a backslash) is refused, never written (escape.ts).
 */
function includable(header: string, real: string, include: string | undefined): ResolvedHeader {
  if (include === undefined || cInclude(real, 'quote') === undefined)
    fail('CI006', {
      message:
        `header ${JSON.stringify(header)} (${JSON.stringify(real)}) cannot be named by C's #include: its path ` +
        'holds a quote, a backslash or a control character; rename it or copy it to a plain path',
    });
  return { path: real, include };
}

/** A header found: its real path (what libclang reports) and how the generated C includes it. */
export interface ResolvedHeader {
  readonly path: string;
  /** `<zlib.h>` when found on the include path, else `"/abs/path.h"`. */
  readonly include: string;
}

/**
 * THE default selection rule, in one place: which files of the translation unit count as "the
 * library". Starting from the named headers and walking only through files already taken, an
 * included file is taken when it is
 * - included with quotes and found next to its includer (`#include "zconf.h"`): the library's own;
 * - spelled from an include folder with the same first path component as a named header
 *   (`openssl/ssl.h` takes the `openssl/*.h` it includes, also from the multiarch folder; `gtk/gtk.h`
 *   the `gtk/*.h`, not `glib.h`); for a named header without a component (`zlib.h`), a file of the
 *   same folder that is not a C library header (`zconf.h`, not `limits.h`);
 * - an implementation part (`bits/`, `asm*\/`, `linux/`) reached from a C library header or another
 *   part: `errno.h` reaches `ENOENT` through bits → linux → asm-generic, `signal.h` `SIGINT`.
 * Anything else (`glib.h` under gtk, `unistd.h` under zconf.h) comes only through the dependency
 * closure. `globs` (--header-glob, in order) then widen (`gdk/*.h`) or, with `!`, narrow
 * (`!gtk/gtkbutton.h`) the set; each is tried against the file's include spelling and its path.
 */
export function headerScope(
  headers: readonly string[],
  files: readonly string[],
  cflags: readonly string[] = [],
  globs: readonly string[] = [],
): string[] {
  const dirs = [...cflags.filter((f) => f.startsWith('-I')).map((f) => f.slice(2)), ...systemIncludeDirs()];
  const real = (d: string) => (fs.existsSync(d) ? fs.realpathSync(d) : d);
  const roots = [...new Set(dirs.map(real))];
  const known = new Set(files);
  // a named header as `#include <…>` spells it: from the deepest folder (`gtk/gtk.h`, not `gtk-4.0/gtk/gtk.h`)
  const named = headers.map((h) => ({ spelling: spellings(h, roots).sort((a, b) => a.length - b.length)[0] ?? '', h }));
  const components = new Set(named.filter((n) => n.spelling.includes('/')).map((n) => first(n.spelling)));
  const bareDirs = new Set(named.filter((n) => !n.spelling.includes('/')).map((n) => path.dirname(n.h)));
  const isLibc = (f: string) => spellings(f, roots).some((s) => LIBC.has(s) || isPart(s));
  const scope = new Set(headers);
  const work = [...headers];
  while (work.length) {
    const from = work.pop()!;
    const fromLibc = isLibc(from);
    for (const [, quote, name] of includesOf(from)) {
      const local = path.join(path.dirname(from), name!);
      const f =
        quote === '"' && known.has(local) ? local : roots.map((r) => path.join(r, name!)).find((p) => known.has(p));
      if (!f || scope.has(f)) continue;
      const spelled = path.normalize(name!);
      const take =
        (quote === '"' && f === local) ||
        (spelled.includes('/') && components.has(first(spelled))) ||
        (bareDirs.has(path.dirname(f)) && !isLibc(f)) ||
        (fromLibc && isPart(spelled));
      if (take) (scope.add(f), work.push(f));
    }
  }
  for (const g of globs) {
    const negate = g.startsWith('!');
    const rx = globRegExp(negate ? g.slice(1) : g);
    for (const f of files)
      if (rx.test(f) || spellings(f, roots).some((s) => rx.test(s))) negate ? scope.delete(f) : scope.add(f);
  }
  return [...scope];
}

/** `#include <x>` / `#include "x"` lines of a file: [line, quote, name]. */
function includesOf(file: string): RegExpMatchArray[] {
  try {
    return [...fs.readFileSync(file, 'latin1').matchAll(/^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]/gm)];
  } catch {
    return [];
  }
}

/** How a file is spelled in `#include <…>` from each include folder that holds it. */
function spellings(file: string, roots: readonly string[]): string[] {
  return roots.filter((r) => file.startsWith(`${r}/`)).map((r) => file.slice(r.length + 1));
}

const first = (spelling: string) => spelling.slice(0, spelling.indexOf('/'));

/** The C library's implementation parts: glibc's `bits/` (also `x86_64-linux-gnu/bits/`), the kernel's. */
const isPart = (s: string) => /^(?:[\w.-]+\/)?bits\/|^asm(?:-generic)?\/|^linux\//.test(s);

/** The C and POSIX library headers: never "the library's own" sub-headers of a bare-named header. */
const LIBC = new Set(
  (
    'assert complex ctype errno fenv float inttypes iso646 limits locale math setjmp signal stdalign stdarg ' +
    'stdatomic stdbool stddef stdint stdio stdlib stdnoreturn string tgmath threads time uchar wchar wctype ' +
    'aio alloca arpa/inet byteswap cpio dirent dlfcn endian err error execinfo fcntl features fmtmsg fnmatch ' +
    'getopt glob grp iconv langinfo libgen libintl link malloc memory monetary mqueue ndbm net/if netdb ' +
    'netinet/in netinet/tcp nl_types poll pthread pwd regex sched search semaphore shadow spawn strings ' +
    'stropts syslog tar termios ucontext ulimit unistd utime utmp utmpx wait wordexp gnu/stubs ' +
    'sys/types sys/stat sys/time sys/socket sys/select sys/wait sys/mman sys/ioctl sys/uio sys/un ' +
    'sys/resource sys/times sys/utsname sys/cdefs sys/param sys/sysmacros'
  )
    .split(' ')
    .map((n) => `${n}.h`),
);

/** A --header-glob: `*` within a path component, `**` across, `?` one character. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*/g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\0/g, '.*');
  return new RegExp(`(?:^|/)${body}$`);
}
