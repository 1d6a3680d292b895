/**
 * What the pass specs share: a small header written to a scratch folder, parsed by the real
 * libclang (through the real config resolution), and the pipeline run up to a given pass.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig, type UserOptions } from '../../src/config/index.js';
import { IrIndex, type Decl, type DeclId, type Ir } from '../../src/ir/index.js';
import { parseHeaders } from '../../src/parse/index.js';
import { EMPTY_PLAN, PIPELINE, type Pass, type PassContext, type Plan } from '../../src/passes/index.js';
import { scratch } from '../helpers/run.js';

/** A parsed header, its plan, and lookups by C name. */
export interface Planned {
  readonly ir: Ir;
  readonly ctx: PassContext;
  readonly plan: Plan;
  /** the id of the declaration named `name` (of `kind`, when names repeat across kinds). */
  readonly id: (name: string, kind?: Decl['kind']) => DeclId;
}

let count = 0;

/**
 * Parses `header` (the text of `input.h`) with `options`, then runs the pipeline through `last`
 * (all of it when omitted). Other headers can sit beside it: `files` maps a name to its text.
 */
export function planOf(
  header: string,
  options: UserOptions = {},
  last?: Pass,
  files: Record<string, string> = {},
): Planned {
  const dir = scratch(`passes-${process.pid}-${count++}`);
  fs.writeFileSync(path.join(dir, 'input.h'), header);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const config = resolveConfig({ headers: ['./input.h'], build: false, ...options }, dir);
  const ir = parseHeaders(config);
  const ctx: PassContext = { ir, index: new IrIndex(ir), config };
  const end = last === undefined ? PIPELINE.length : PIPELINE.indexOf(last) + 1;
  if (end === 0) throw new Error('planOf: that pass is not in the PIPELINE');
  const plan = PIPELINE.slice(0, end).reduce((p, pass) => pass(ctx, p), EMPTY_PLAN);
  const id = (name: string, kind?: Decl['kind']) => {
    const found = ir.decls.filter((d) => d.name === name && (kind === undefined || d.kind === kind));
    if (found.length !== 1) throw new Error(`planOf: ${found.length} declarations named '${name}'`);
    return found[0]!.id;
  };
  return { ir, ctx, plan, id };
}

/** The codes of the plan's diagnostics, in order. */
export function codes(plan: Plan): string[] {
  return plan.diagnostics.map((d) => d.code);
}
