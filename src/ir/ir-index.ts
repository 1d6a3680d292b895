import type { CType, Decl, DeclId, EnumDecl, Ir, RecordDecl, TypedefDecl } from './types.js';

/**
 * Looks declarations up by id and answers questions about types (what a typedef finally names,
 * which declarations a type mentions). Built once per run; holds no decisions.
 */
export class IrIndex {
  readonly byId: ReadonlyMap<DeclId, Decl>;

  /** each declaration's place in `ir.decls` (source order). */
  readonly position: ReadonlyMap<DeclId, number>;
  /** the first typedef that names each record or enum directly (`typedef struct {...} foo`). */
  private readonly namingTypedef: ReadonlyMap<DeclId, string>;

  constructor(readonly ir: Ir) {
    this.byId = new Map(ir.decls.map((d) => [d.id, d]));
    this.position = new Map(ir.decls.map((d, i) => [d.id, i]));
    const naming = new Map<DeclId, string>();
    for (const d of ir.decls) {
      if (d.kind === 'typedef' && (d.type.kind === 'record' || d.type.kind === 'enum') && !naming.has(d.type.id))
        naming.set(d.type.id, d.name);
    }
    this.namingTypedef = naming;
  }

  /** The declaration with this id; throws if the IR is inconsistent. */
  get(id: DeclId): Decl {
    const d = this.byId.get(id);
    if (!d) throw new Error(`internal: no declaration with id ${id}`);
    return d;
  }

  /** The record with this id. */
  record(id: DeclId): RecordDecl {
    const d = this.get(id);
    if (d.kind !== 'record') throw new Error(`internal: ${id} is a ${d.kind}, not a record`);
    return d;
  }

  /** The enum with this id. */
  enum(id: DeclId): EnumDecl {
    const d = this.get(id);
    if (d.kind !== 'enum') throw new Error(`internal: ${id} is a ${d.kind}, not an enum`);
    return d;
  }

  /** The typedef with this id. */
  typedef(id: DeclId): TypedefDecl {
    const d = this.get(id);
    if (d.kind !== 'typedef') throw new Error(`internal: ${id} is a ${d.kind}, not a typedef`);
    return d;
  }

  /**
   * How C names a record or enum: `struct z_stream_s`, `enum color`; for an anonymous one, the
   * typedef that names it (`z_stream` for `typedef struct {...} z_stream`); undefined when C has
   * no way to spell it (an anonymous member's type).
   */
  cSpelling(id: DeclId): string | undefined {
    const d = this.get(id);
    if (d.kind === 'record' && !d.anonymous) return `${d.tag} ${d.name}`;
    if (d.kind === 'enum' && !d.anonymous) return `enum ${d.name}`;
    return this.namingTypedef.get(id);
  }

  /** Follows typedefs until the type is not one; qualifiers of the outer type are kept. */
  resolve(t: CType): CType {
    let cur = t;
    const quals = { const: t.const, volatile: t.volatile };
    while (cur.kind === 'typedef') {
      cur = this.typedef(cur.id).type;
      if (cur.const) quals.const = true;
    }
    if (quals.const && !cur.const) return { ...cur, const: true };
    return cur;
  }

  /** Every declaration id a type mentions directly (not through other declarations). */
  static refs(t: CType, out: DeclId[] = []): DeclId[] {
    switch (t.kind) {
      case 'typedef':
      case 'record':
      case 'enum':
        out.push(t.id);
        break;
      case 'pointer':
        IrIndex.refs(t.to, out);
        break;
      case 'array':
        IrIndex.refs(t.of, out);
        break;
      case 'function':
        IrIndex.refs(t.result, out);
        for (const p of t.params) IrIndex.refs(p, out);
        break;
      case 'void':
      case 'int':
      case 'float':
      case 'complex':
      case 'unsupported':
        break;
      default:
        assertNever(t);
    }
    return out;
  }
}

/** Marks a switch as exhaustive: adding a kind without handling it is a type error. */
export function assertNever(x: never): never {
  throw new Error(`internal: unhandled case ${JSON.stringify(x)}`);
}
