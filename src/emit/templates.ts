import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../paths.js';

/** A render function for one top-level template. */
export type Render = (view: object) => string;

/**
 * A private Handlebars environment (strict, no escaping, no helpers: templates only render).
 * Every `.hbs` under `hbs/` is found by scanning and registered as a partial by its path
 * (`c/function`); the top-level ones are `c/module`, `js/index` and `dts/index`.
 */
export function loadTemplates(dir = path.join(PACKAGE_ROOT, 'hbs')): Record<'c' | 'js' | 'dts', Render> {
  const hbs = Handlebars.create();
  const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, preventIndent: true };
  for (const sub of fs.readdirSync(dir).sort()) {
    for (const file of fs.readdirSync(path.join(dir, sub)).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const source = fs.readFileSync(path.join(dir, sub, file), 'utf8');
      hbs.registerPartial(`${sub}/${file.slice(0, -4)}`, hbs.compile(source, compileOptions));
    }
  }
  const top = (name: string): Render => {
    const t = hbs.compile(fs.readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), compileOptions);
    return (view) => t(view);
  };
  return { c: top('c/module'), js: top('js/index'), dts: top('dts/index') };
}
