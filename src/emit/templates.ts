import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../paths.js';

/** A render function for one top-level template. */
export type Render = (view: object) => string;

/** Partial names by folder, as templates reach them: `@hbs.c.arg.int` is `'c/arg/int'`. */
export interface PartialTree {
  readonly [name: string]: PartialTree | string;
}

/**
 * A private Handlebars environment (strict, no escaping, no helpers: templates only render).
 * Every `.hbs` under `hbs/` is found by scanning and registered as a partial by its path
 * (`c/function`, `c/arg/int`); the top-level ones are `c/module`, `js/index` and `dts/index`.
 * A kind's partial is chosen with the built-in `lookup` over the `@hbs` tree of names:
 * `{{> (lookup @hbs.c.arg kind)}}`. A one-line partial is a fragment of a line (an expression),
 * so its file's final newline is not part of it.
 */
export function loadTemplates(dir = path.join(PACKAGE_ROOT, 'hbs')): Record<'c' | 'chunk' | 'js' | 'dts', Render> {
  const hbs = Handlebars.create();
  const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true, preventIndent: true };
  const tree = scan(dir, '', (name, source) => hbs.registerPartial(name, hbs.compile(source, compileOptions)));
  const top = (name: string): Render => {
    const t = hbs.compile(fs.readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), compileOptions);
    return (view) => t(view, { data: { hbs: tree } });
  };
  return { c: top('c/module'), chunk: top('c/chunk'), js: top('js/index'), dts: top('dts/index') };
}

/** Registers every template under `dir` (sorted, so the order never depends on the file system). */
export function scan(dir: string, prefix: string, register: (name: string, source: string) => void): PartialTree {
  const tree: Record<string, PartialTree | string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      tree[entry.name] = scan(path.join(dir, entry.name), rel, register);
    } else if (entry.name.endsWith('.hbs')) {
      const name = rel.slice(0, -4);
      register(name, fragment(fs.readFileSync(path.join(dir, entry.name), 'utf8')));
      tree[entry.name.slice(0, -4)] = name;
    }
  }
  return tree;
}

/** A one-line template is an inline fragment: its final newline is the editor's, not the output's. */
export function fragment(source: string): string {
  return /^[^\n]*\n$/.test(source) ? source.slice(0, -1) : source;
}
