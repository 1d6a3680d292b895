/**
 * One header of the corpus (bench/corpus.mjs runs this once per header, in parallel): import it
 * without --only, build the module (every record `_Static_assert`ed), load it, read every member of
 * `lib`, and print one JSON line: what was emitted, skipped per code, which library symbols are
 * missing, and how many commented declarations keep their comment in the `.d.ts`.
 *
 *   node bench/corpus-one.mjs <header> <out folder> [-l lib ...]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commentCoverage } from './corpus-comments.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// CFFI_DIST: a copy of dist/ to run from, so that a long run survives rebuilds of the working tree
const DIST = process.env.CFFI_DIST ?? path.join(ROOT, 'dist');
const dist = (p) => import(pathToFileURL(path.join(DIST, 'src', p)).href);
const { analyze, resolveConfig, formatDiagnostic } = await dist('index.js');
const { emitModule, moduleNeeds } = await dist('emit/index.js');
const { claimOutDir, writeOutput } = await dist('out-dir.js');
const { buildModule } = await dist('compile/index.js');

const [header, out, ...rest] = process.argv.slice(2);
const libs = [];
for (let i = 0; i < rest.length; i++) if (rest[i] === '-l') libs.push(rest[++i]);
const name = header.replace(/\.h$/, '').replace(/[^A-Za-z0-9_]/g, '_');
const result = { header, stage: 'import' };

try {
  const config = resolveConfig({ headers: [header], out, name, l: libs, quiet: true }, ROOT);
  const { index, plan } = analyze(config);
  const emitted = plan.order.map((id) => index.get(id));
  const count = (kinds) => emitted.filter((d) => kinds.includes(d.kind)).length;
  result.functions = emitted.filter((d) => d.kind === 'function' || (d.kind === 'macro' && d.functionLike)).length;
  result.types = count(['record', 'typedef', 'enum']);
  result.constants =
    emitted.filter((d) => d.kind === 'macro' && !d.functionLike).length +
    emitted.reduce((n, d) => n + (d.kind === 'enum' ? d.constants.length : 0), 0);
  result.globals = count(['var']);
  result.skipped = {};
  for (const { diagnostic } of plan.skipped.values())
    result.skipped[diagnostic.code] = (result.skipped[diagnostic.code] ?? 0) + 1;
  for (const fields of plan.skippedFields.values())
    for (const { diagnostic } of fields.values())
      result.skipped[`${diagnostic.code} field`] = (result.skipped[`${diagnostic.code} field`] ?? 0) + 1;
  result.skips = [...plan.skipped.values()].map((s) => formatDiagnostic(s.diagnostic));
  result.warnings = plan.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
  const files = emitModule(index, plan, config);
  claimOutDir(out);
  writeOutput(out, files);
  result.comments = commentCoverage(emitted, files.get('index.d.ts'), new Set(index.ir.scope));
  result.stage = 'build';
  const built = await buildModule(config, moduleNeeds(index, plan));
  // CI021: '<count> declared function(s) ... throws an Error: <names>'
  const missing = built.diagnostics.find((d) => d.code === 'CI021');
  result.missingCount = missing ? Number(/^\d+/.exec(missing.message)?.[0] ?? 0) : 0;
  result.missing = missing ? missing.message.slice(missing.message.lastIndexOf(': ') + 2) : '';
  result.stage = 'load';
  const mod = await import(pathToFileURL(path.join(out, 'index.js')).href);
  const lib = mod.lib ?? mod.default?.lib;
  const unreadable = [];
  for (const key of Object.keys(lib)) {
    try {
      void lib[key];
    } catch (e) {
      unreadable.push(`${key}: ${e.message}`);
    }
  }
  result.unreadable = unreadable;
  result.stage = unreadable.length ? 'read' : 'ok';
} catch (e) {
  result.error = String(e?.message ?? e)
    .split('\n')
    .slice(0, 12)
    .join('\n');
}
fs.writeSync(1, JSON.stringify(result) + '\n');
process.exit(0);
