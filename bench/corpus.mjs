/**
 * `npm run corpus`: whole real headers, no --only — glibc's public headers, zlib.h, sqlite3.h,
 * openssl/evp.h, openssl/ssl.h and the kernel's linux/*.h — each imported, built (every record
 * `_Static_assert`ed), loaded, and every member of `lib` read, one child process per header, as
 * many at once as there are cores. Prints one line per header and a total; a header the plain C
 * compiler cannot compile on its own (`#include <h>` alone) is listed as such, not counted as ours.
 *
 *   npm run corpus [-- [--set glibc,libs,linux] [-j N] [--markdown docs/coverage.md] [filter...]]
 *
 * A filter keeps the headers whose name contains it (`pthread`, `linux/bpf`). --markdown writes
 * the table of docs/coverage.md from the run (bench/corpus-report.mjs).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport } from './corpus-report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', '.build', 'corpus');
const INCLUDE = '/usr/include';

/** The libraries a header's functions live in, beyond libc. */
const LIBS = {
  'zlib.h': ['z'],
  'sqlite3.h': ['sqlite3'],
  'openssl/evp.h': ['crypto'],
  'openssl/ssl.h': ['ssl', 'crypto'],
  'math.h': ['m'],
  'complex.h': ['m'],
  'fenv.h': ['m'],
  'tgmath.h': ['m'],
  'resolv.h': ['resolv'],
  'arpa/nameser.h': ['resolv'],
  'arpa/nameser_compat.h': ['resolv'],
  'arpa/inet.h': ['resolv'],
  'thread_db.h': ['thread_db'],
};

/** glibc's public headers: the package's own list where dpkg knows it, else the usual folders. */
function glibcHeaders() {
  let files;
  try {
    files = execFileSync('dpkg', ['-L', 'libc6-dev'], { encoding: 'utf8' }).split('\n');
  } catch {
    files = ['', '/sys', '/net', '/netinet', '/arpa'].flatMap((d) =>
      fs.readdirSync(INCLUDE + d).map((f) => `${INCLUDE}${d}/${f}`),
    );
  }
  const arch = /^\/usr\/include\/[a-z0-9_]+-linux-gnu[a-z0-9_]*\//;
  return files
    .filter((f) => f.endsWith('.h') && f.startsWith(INCLUDE + '/'))
    .map((f) => f.replace(arch, '').replace(INCLUDE + '/', ''))
    .filter((h) => !/^(bits|gnu|finclude)\//.test(h))
    .sort();
}

function linuxHeaders() {
  const dir = path.join(INCLUDE, 'linux');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.h'))
    .sort()
    .map((f) => `linux/${f}`);
}

const SETS = {
  glibc: glibcHeaders,
  libs: () => ['zlib.h', 'sqlite3.h', 'openssl/evp.h', 'openssl/ssl.h'],
  linux: linuxHeaders,
};

function parseArgs(argv) {
  const opts = { sets: Object.keys(SETS), jobs: os.availableParallelism?.() ?? os.cpus().length, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set') opts.sets = argv[++i].split(',');
    else if (a === '-j') opts.jobs = Number(argv[++i]);
    else if (a === '--markdown') opts.markdown = argv[++i];
    else opts.filters.push(a);
  }
  return opts;
}

/** Whether `#include <h>` alone compiles with the plain C compiler (the output says why not). */
function standalone(header) {
  const r = spawnSync(process.env.CC ?? 'cc', ['-fsyntax-only', '-xc', '-'], {
    input: `#include <${header}>\n`,
    encoding: 'utf8',
  });
  const why = (r.stderr ?? '').split('\n').find((l) => /error/.test(l)) ?? '';
  return r.status === 0 ? undefined : why.replace(/^.*?error: /, '').slice(0, 100) || 'does not compile';
}

function runOne(header) {
  const out = path.join(OUT, header.replace(/[^A-Za-z0-9_]/g, '_'));
  const libs = (LIBS[header] ?? []).flatMap((l) => ['-l', l]);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bench', 'corpus-one.mjs'), header, out, ...libs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } catch {
        resolve({ header, stage: 'crash', error: `exit ${status}: ${stderr.slice(0, 600)}` });
      }
    });
  });
}

/** One line: status, header, counts, skips per code, comments kept/found, missing symbols. */
function line(r) {
  if (r.notStandalone) return `  n/a  ${r.header}  (not standalone: ${r.notStandalone})`;
  if (r.stage !== 'ok')
    return `FAIL   ${r.header}  [${r.stage}] ${(r.error ?? r.unreadable?.join('; ') ?? '').split('\n')[0]}`;
  const skips = Object.entries(r.skipped)
    .sort()
    .map(([c, n]) => `${c}×${n}`)
    .join(' ');
  const missing = r.missingCount ? `  missing ${r.missingCount}: ${r.missing}` : '';
  return (
    `  ok   ${r.header}  fn ${r.functions} ty ${r.types} const ${r.constants} var ${r.globals}` +
    `  comments ${r.comments.carried}/${r.comments.commented}${skips ? `  skip ${skips}` : ''}${missing}`
  );
}

const opts = parseArgs(process.argv.slice(2));
const headers = [...new Set(opts.sets.flatMap((s) => SETS[s]?.() ?? []))].filter(
  (h) => opts.filters.length === 0 || opts.filters.some((f) => h.includes(f)),
);
fs.mkdirSync(OUT, { recursive: true });
const results = new Array(headers.length);
let next = 0;
async function worker() {
  while (next < headers.length) {
    const i = next++;
    const h = headers[i];
    const why = standalone(h);
    results[i] = why ? { header: h, notStandalone: why } : await runOne(h);
    process.stdout.write(line(results[i]) + '\n');
    fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results.filter(Boolean), null, 1));
  }
}
await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));

const ok = results.filter((r) => r.stage === 'ok');
const failed = results.filter((r) => !r.notStandalone && r.stage !== 'ok');
const na = results.filter((r) => r.notStandalone);
const sum = (f) => ok.reduce((n, r) => n + f(r), 0);
const codes = {};
for (const r of ok) for (const [c, n] of Object.entries(r.skipped)) codes[c] = (codes[c] ?? 0) + n;
console.log(
  `total: ${headers.length} headers — ${ok.length} ok, ${failed.length} failed, ${na.length} not standalone; ` +
    `${sum((r) => r.functions)} functions, ${sum((r) => r.types)} types, ${sum((r) => r.constants)} constants; ` +
    `skipped ${Object.entries(codes)
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(', ')}; ` +
    `comments ${sum((r) => r.comments.carried)}/${sum((r) => r.comments.commented)}; ` +
    `missing symbols ${sum((r) => r.missingCount)}`,
);
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 1));
if (opts.markdown) writeReport(path.resolve(opts.markdown), results);
process.exitCode = failed.length ? 1 : 0;
