import { assertNever, type CType, type IrIndex } from '../ir/index.js';

/**
 * Renders a C type around a declarator, as C writes it (cffi's `get_c_name`):
 * `cName(int, 'x')` → `int x`; pointer to function → `int (*cb)(int)`; array → `char buf[16]`.
 * Typedef names are kept, so the output reads like the header.
 */
export function cName(t: CType, index: IrIndex, declarator = ''): string {
  const q = (t.const ? 'const ' : '') + (t.volatile ? 'volatile ' : '');
  const d = declarator ? ` ${declarator}` : '';
  switch (t.kind) {
    case 'void':
      return `${q}void${d}`;
    case 'int':
    case 'float':
      return `${q}${t.name === 'bool' ? '_Bool' : t.name}${d}`;
    case 'complex':
      return `${q}_Complex ${t.name}${d}`;
    case 'typedef':
      return `${q}${t.name}${d}`;
    case 'record':
    case 'enum':
      return `${q}${recordOrEnumSpelling(t, index)}${d}`;
    case 'pointer': {
      const inner = `*${t.const ? 'const ' : ''}${declarator}`;
      const needsParens = t.to.kind === 'array' || t.to.kind === 'function';
      return cName({ ...t.to }, index, needsParens ? `(${inner})` : inner).replace(/ +\*/g, ' *');
    }
    case 'array':
      return cName(t.of, index, `${declarator}[${t.length ?? ''}]`);
    case 'function': {
      const params = t.params.length
        ? t.params.map((p) => cName(p, index)).join(', ') + (t.variadic ? ', ...' : '')
        : t.variadic
          ? '...'
          : 'void';
      return cName(t.result, index, `${declarator}(${params})`);
    }
    case 'unsupported':
      return `${q}${t.spelling}${d}`;
    default:
      return assertNever(t);
  }
}

/** How C spells a record or enum; an unspellable anonymous one gets a readable name for messages and brands. */
export function recordOrEnumSpelling(t: { kind: 'record' | 'enum'; id: string }, index: IrIndex): string {
  const spelled = index.cSpelling(t.id);
  if (spelled) return spelled;
  const d = index.get(t.id);
  const file = d.location.file.split('/').pop();
  return `${d.kind === 'record' ? d.tag : 'enum'} (anonymous at ${file}:${d.location.line}:${d.location.column})`;
}

/**
 * The canonical spelling of a type, typedefs resolved and qualifiers dropped: the runtime's type
 * name and the TypeScript brand of pointers to it (`z_streamp` → `struct z_stream_s *`).
 */
export function canonical(t: CType, index: IrIndex): string {
  const r = index.resolve(t);
  switch (r.kind) {
    case 'void':
      return 'void';
    case 'int':
    case 'float':
      return r.name;
    case 'complex':
      return `_Complex ${r.name}`;
    case 'record':
    case 'enum':
      return recordOrEnumSpelling(r, index);
    case 'pointer': {
      const to = canonical(r.to, index);
      return to.endsWith('*') ? `${to}*` : `${to} *`;
    }
    case 'array': {
      // the new dimension goes first: an array of two `int[3]` is `int[2][3]` (the runtime's arraySpelling)
      let inner = index.resolve(r.of);
      while (inner.kind === 'array') inner = index.resolve(inner.of);
      const base = canonical(inner, index);
      return `${base}[${r.length ?? ''}]${canonical(r.of, index).slice(base.length)}`;
    }
    case 'function': {
      const params = r.params.map((p) => canonical(p, index)).join(', ') || 'void';
      return `${canonical(r.result, index)} (${params}${r.variadic ? ', ...' : ''})`;
    }
    case 'unsupported':
      return r.spelling;
    case 'typedef':
      throw new Error('internal: resolve() returned a typedef');
    default:
      return assertNever(r);
  }
}
