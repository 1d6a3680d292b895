import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { Decl, DeclId, IrIndex, RecordDecl } from '../ir/index.js';

/**
 * Why a value of some C type cannot cross between JS and C (see `valueProblem`). Data, not text:
 * `skipDiagnostic` and `fieldDiagnostic` are the only places that turn it into a message.
 */
export type TypeProblem =
  /** `long double`, `_Complex`, vectors, `__int128`: no exact JS representation (CI013). */
  | { readonly kind: 'unsupported-type'; readonly spelling: string; readonly why: string }
  /** a bare function type where a value is needed (CI013). */
  | { readonly kind: 'function-type' }
  /** `va_list` and its aliases: JS cannot build one (CI013). */
  | { readonly kind: 'va-list'; readonly name: string }
  /** uses, by value, a declaration that is skipped, excluded or (`incomplete`) has no layout (CI014). */
  | { readonly kind: 'needs'; readonly dep: DeclId; readonly incomplete?: true }
  /** passes or returns by value a record C cannot name: an anonymous member's type (CI016). */
  | { readonly kind: 'record-by-value'; readonly record: DeclId };

/** Why a declaration is left out of the module: one member per diagnostic a skip can get. */
export type SkipReason =
  /** `struct s f(struct t, ...)`: a variadic function with a record by value in its fixed part (CI010). */
  | { readonly kind: 'variadic' }
  /** `int f();` (CI015). */
  | { readonly kind: 'no-prototype' }
  /** `#define MAX(a, b) ...`, which the compiler cannot type: why, and the `--macro` signature to give (CI011). */
  | { readonly kind: 'function-like-macro'; readonly why: string; readonly declare: string }
  /** a macro whose body the compiler could not evaluate; `why` is the compiler's own message (CI012). */
  | { readonly kind: 'not-constant'; readonly why: string }
  /** `static int counter;`: each translation unit has its own copy (CI018). */
  | { readonly kind: 'static-variable' }
  /** its JS name belongs to declaration `by` (CI020). */
  | { readonly kind: 'name-taken'; readonly by: DeclId }
  | TypeProblem;

/** A skip decision: the typed reason (for passes and tests) and the diagnostic made from it (for people). */
export interface Skip<R extends SkipReason = SkipReason> {
  readonly reason: R;
  readonly diagnostic: Diagnostic;
}

/** The skip of declaration `d` for `reason`, with its coded diagnostic at the declaration. */
export function skipDiagnostic(d: Decl, reason: SkipReason, index: IrIndex): Skip {
  const at = d.location;
  const name = d.name;
  const kind = d.kind === 'var' ? 'variable' : d.kind;
  const make = (): Diagnostic => {
    switch (reason.kind) {
      case 'variadic':
        return diag('CI010', { name }, at);
      case 'no-prototype':
        return diag('CI015', { name }, at);
      case 'function-like-macro':
        return diag('CI011', { name, why: reason.why, declare: reason.declare }, at);
      case 'not-constant':
        return diag('CI012', { name, why: reason.why }, at);
      case 'static-variable':
        return diag('CI018', { name }, at);
      case 'name-taken': {
        const owner = index.get(reason.by);
        return diag('CI020', { kind: d.kind, name, ownerKind: owner.kind, owner: owner.name }, at);
      }
      default:
        return typeDiagnostic(kind, name, reason, index, d);
    }
  };
  return { reason, diagnostic: make() };
}

/** The skip of field `field` of record `r` (the rest of the record stays). */
export function fieldDiagnostic(r: RecordDecl, field: string, problem: TypeProblem, index: IrIndex): Skip<TypeProblem> {
  return { reason: problem, diagnostic: typeDiagnostic('field', `${r.name}.${field}`, problem, index, r) };
}

function typeDiagnostic(kind: string, name: string, p: TypeProblem, index: IrIndex, at: Decl): Diagnostic {
  const where = at.location;
  switch (p.kind) {
    case 'unsupported-type':
      return diag('CI013', { kind, name, type: `${p.spelling} (${p.why})` }, where);
    case 'function-type':
      return diag('CI013', { kind, name, type: 'a function type' }, where);
    case 'va-list':
      return diag(
        'CI013',
        { kind, name, type: `${p.name} (a C variadic argument list cannot be built from JS)` },
        where,
      );
    case 'needs': {
      const dep = index.byId.get(p.dep)?.name || p.dep;
      return diag('CI014', { kind, name, dep: p.incomplete ? `${dep} (incomplete)` : dep }, where);
    }
    case 'record-by-value':
      return diag('CI016', { kind, name }, where);
  }
}
