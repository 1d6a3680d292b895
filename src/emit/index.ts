import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuntimeNeeds } from '../compile/index.js';
import type { Config } from '../config/index.js';
import type { IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { callKind } from './kinds.js';
import { PACKAGE_ROOT } from '../paths.js';
import { buildRecipe } from './recipe.js';
import { moduleView } from './module-view.js';
import { loadTemplates } from './templates.js';
import { jsonText } from './text.js';

/** The files of a generated module, by path relative to the output folder. */
export type EmittedFiles = ReadonlyMap<string, string>;

/**
 * Renders the module: `<name>.c` (trampolines + layout checks) with `cffi.h` beside it,
 * `index.js` + `index.d.ts`, the runtime, a `package.json` that makes the folder CommonJS (so
 * both `import` and `require` load it) and `binding.gyp` to rebuild it elsewhere.
 */
export function emitModule(index: IrIndex, plan: Plan, config: Config): EmittedFiles {
  const view = moduleView(index, plan, config);
  const render = loadTemplates();
  const files = new Map<string, string>();
  files.set(`${config.name}.c`, render.c(view));
  const mainFile = `${config.name}.c`;
  for (const chunk of view.parts.chunks) files.set(chunk.file, render.chunk({ ...view, mainFile, chunk }));
  // the runtime's C half: cffi.h and the sibling headers it includes (src/runtime/*.h)
  const headerDir = path.join(PACKAGE_ROOT, 'src', 'runtime');
  for (const f of fs.readdirSync(headerDir).sort())
    if (f.endsWith('.h')) files.set(f, fs.readFileSync(path.join(headerDir, f), 'utf8'));
  files.set('index.js', render.js(view));
  files.set('index.d.ts', render.dts(view));
  const runtimeDir = path.join(PACKAGE_ROOT, 'dist', 'src', 'runtime');
  for (const f of fs.readdirSync(runtimeDir).sort()) {
    if (f.endsWith('.cjs') || f.endsWith('.d.cts'))
      files.set(`runtime/${f}`, fs.readFileSync(path.join(runtimeDir, f), 'utf8'));
  }
  files.set(
    'package.json',
    jsonText({ name: config.name, private: true, type: 'commonjs', main: 'index.js', types: 'index.d.ts' }) + '\n',
  );
  const sources = [mainFile, ...view.parts.chunks.map((c) => c.file)];
  files.set('binding.gyp', buildRecipe(config, { libffi: view.libffi }, sources));
  return files;
}

/** What the module needs linked for the runtime: libffi when it calls a variadic function. */
export function moduleNeeds(index: IrIndex, plan: Plan): RuntimeNeeds {
  return {
    libffi: plan.order.some((id) => {
      const d = index.get(id);
      return d.kind === 'function' && callKind(d) === 'libffi';
    }),
  };
}
