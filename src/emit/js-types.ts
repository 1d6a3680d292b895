import { assertNever, type CType, type IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { canonical } from './c-name.js';

/**
 * The runtime types a generated `index.js` refers to, each built once at load as a `const $T<n>`.
 * `expr(t)` returns the name to use; `lines()` the declarations, in dependency order.
 */
export class JsTypes {
  private readonly consts = new Map<string, string>();
  private readonly order: { name: string; expr: string }[] = [];

  private readonly emitted: ReadonlySet<string>;

  constructor(
    private readonly index: IrIndex,
    plan: Plan,
  ) {
    this.emitted = new Set(plan.order);
  }

  /** The JS expression (a `$T<n>` const) for the runtime type of `t`. */
  expr(t: CType): string {
    return this.intern(this.build(t));
  }

  private intern(expr: string): string {
    if (/^\$(R|E)\d+$/.test(expr)) return expr;
    let name = this.consts.get(expr);
    if (!name) {
      name = `$T${this.order.length}`;
      this.consts.set(expr, name);
      this.order.push({ name, expr });
    }
    return name;
  }

  private build(t: CType): string {
    const r = this.index.resolve(t);
    switch (r.kind) {
      case 'void':
      case 'int':
      case 'float':
        return `$t.get(${JSON.stringify(r.kind === 'void' ? 'void' : r.name)})`;
      case 'record':
        // A record the module does not emit (excluded, say) is still a name pointers can carry.
        return this.emitted.has(r.id)
          ? recordConst(r.id, this.index)
          : `$t.define($rt.recordType(${JSON.stringify(canonical(r, this.index))}, 0, 1, true))`;
      case 'enum':
        return this.emitted.has(r.id) ? enumConst(r.id, this.index) : this.expr(this.index.enum(r.id).base);
      case 'pointer': {
        const to = this.index.resolve(r.to);
        const constChar = to.kind === 'int' && to.name === 'char' && to.const === true;
        return `$t.pointer(${this.expr(r.to)}${constChar ? ', true' : ''})`;
      }
      case 'array':
        return `$t.array(${this.expr(r.of)}, ${r.length ?? 'undefined'})`;
      case 'function':
        return `$t.define($rt.functionType(${JSON.stringify(canonical(r, this.index))}))`;
      case 'unsupported':
        return `$t.get("void")`;
      case 'typedef':
        throw new Error('internal: resolve() returned a typedef');
      default:
        return assertNever(r);
    }
  }

  /** `const T0 = ...;` lines, each after what it uses. */
  lines(): { name: string; expr: string }[] {
    return this.order;
  }
}

/** The const that holds a record's runtime type (`$R<n>`, by source order). */
export function recordConst(id: string, index: IrIndex): string {
  return `$R${index.position.get(id)}`;
}

/** The const that holds an enum's runtime type. */
export function enumConst(id: string, index: IrIndex): string {
  return `$E${index.position.get(id)}`;
}
