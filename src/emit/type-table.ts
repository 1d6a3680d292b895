import { assertNever, type CType, type Decl, type IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { canonical } from './c-name.js';
import type { TypeRefs } from './context.js';
import { enumConst, recordConst } from './js-names.js';
import type { FunctionCType } from './fn-pointer-callable.js';
import { fnPointerTypes } from './fn-pointer.js';
import { functionTypes } from './function.js';
import { macroTypes } from './macro.js';
import type { TypeKind } from './kinds.js';
import { recordTypes } from './record.js';
import { jsString } from './text.js';

/** What builds one runtime type (`hbs/js/type/<kind>.hbs`); types it uses are named by their const. */
export type TypeEntryData =
  | { readonly kind: 'primitive'; readonly nameJs: string }
  | { readonly kind: 'pointer'; readonly to: string; readonly constChar: boolean }
  | { readonly kind: 'array'; readonly of: string; readonly length: string }
  | { readonly kind: 'record'; readonly canonJs: string }
  | { readonly kind: 'function'; readonly canonJs: string };

/** Exactly `TYPE_KINDS`: each entry kind has its partial, and each partial an entry kind. */
true satisfies Exactly<TypeEntryData['kind'], TypeKind>;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * One runtime type a generated `index.js` builds once at load, as `const $T<n> = ...`; a function
 * type's entry keeps its C type (not part of its identity, its canonical spelling) for the view of
 * the calls through pointers of that type (fn-pointer.ts).
 */
export type TypeEntry = TypeEntryData & { readonly name: string; readonly fn?: FunctionCType };

/**
 * The module's runtime type table, a pure function of the Plan: every type the planned
 * declarations refer to from JS, walked in plan order, each entry after the ones it uses. Built
 * once before any view; views only look names up (`ref`), so no view depends on another's order.
 */
export class TypeTable implements TypeRefs {
  private readonly byKey = new Map<string, string>();
  private readonly list: TypeEntry[] = [];
  private readonly emitted: ReadonlySet<string>;

  constructor(
    private readonly index: IrIndex,
    private readonly plan: Plan,
  ) {
    this.emitted = new Set(plan.order);
    const intern = (t: CType): string => this.name(t, intern, true);
    for (const id of plan.order) for (const t of typesUsed(index.get(id), index, plan)) intern(t);
  }

  /** The entries, in the order the generated JS declares them. */
  get entries(): readonly TypeEntry[] {
    return this.list;
  }

  /** The JS const (`$T<n>`, `$R<n>`, `$E<n>`) that holds the runtime type of `t`. */
  ref(t: CType): string {
    const lookup = (u: CType): string => this.name(u, lookup, false);
    return lookup(t);
  }

  private name(t: CType, ref: (t: CType) => string, add: boolean): string {
    const r = this.index.resolve(t);
    if (r.kind === 'record' && this.emitted.has(r.id)) return recordConst(r.id, this.index);
    if (r.kind === 'enum')
      return this.emitted.has(r.id) ? enumConst(r.id, this.index) : ref(this.index.enum(r.id).base);
    const data = this.entryOf(r, ref, add);
    const key = JSON.stringify(data);
    let name = this.byKey.get(key);
    if (name) return name;
    if (!add) throw new Error(`internal: type ${key} is not in the module's type table`);
    name = `$T${this.list.length}`;
    this.byKey.set(key, name);
    this.list.push({ name, ...data, ...(r.kind === 'function' ? { fn: r } : {}) } as TypeEntry);
    return name;
  }

  private entryOf(r: CType, ref: (t: CType) => string, add: boolean): TypeEntryData {
    switch (r.kind) {
      case 'void':
      case 'int':
      case 'float':
        return { kind: 'primitive', nameJs: jsString(r.kind === 'void' ? 'void' : r.name) };
      // the runtime has no type for these: a pointer to one is a pointer to void's bytes
      case 'complex':
      case 'unsupported':
        return { kind: 'primitive', nameJs: jsString('void') };
      case 'record':
        // A record the module does not emit (excluded, say) is still a name pointers can carry.
        return { kind: 'record', canonJs: jsString(canonical(r, this.index)) };
      case 'pointer': {
        const to = this.index.resolve(r.to);
        const constChar = to.kind === 'int' && to.name === 'char' && to.const === true;
        return { kind: 'pointer', to: ref(r.to), constChar };
      }
      case 'array':
        return { kind: 'array', of: ref(r.of), length: r.length === undefined ? 'undefined' : String(r.length) };
      case 'function':
        // what a call through a pointer of this type converts comes first (fn-pointer.ts); a
        // lookup finds it there already
        if (add) for (const u of fnPointerTypes(r, this.index, this.plan)) ref(u);
        return { kind: 'function', canonJs: jsString(canonical(r, this.index)) };
      case 'enum':
      case 'typedef':
        throw new Error(`internal: no type entry for ${r.kind}`);
      default:
        return assertNever(r);
    }
  }
}

/** The types a declaration's JS refers to, in the order its view uses them. */
function typesUsed(d: Decl, index: IrIndex, plan: Plan): readonly CType[] {
  switch (d.kind) {
    case 'record':
      return recordTypes(d, index, plan);
    case 'function':
      return functionTypes(d, index);
    case 'typedef':
    case 'var':
      return [d.type];
    case 'macro':
      return macroTypes(d, index);
    case 'enum':
      return [];
    default:
      return assertNever(d);
  }
}
