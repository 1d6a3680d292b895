import { assertNever, type CType, type IrIndex } from '../ir/index.js';

/**
 * Renders a C type around a declarator, as C writes it (cffi's `get_c_name`):
 * `cName(int, 'x')` → `int x`; pointer to function → `int (*cb)(int)`; array → `char buf[16]`.
 * Typedef names are kept, so the output reads like the header.
 */
export function cName(t: CType, index: IrIndex, declarator = ''): string {
  return spell(t, index, declarator, false);
}

/**
 * `cName` for a place the compiler reads (a local, a cast): a record or enum C cannot name (an
 * anonymous one, reached by a pointer) is `void` (a record: only pointers to it cross) or the
 * enum's integer type, never the readable `struct (anonymous at x.h:1:1)`, which holds a file name.
 */
export function cCode(t: CType, index: IrIndex, declarator = ''): string {
  return spell(t, index, declarator, true);
}

function spell(t: CType, index: IrIndex, declarator: string, code: boolean): string {
  const cName = (u: CType, i: IrIndex, d = ''): string => spell(u, i, d, code);
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
      if (code && !index.cSpelling(t.id))
        return t.kind === 'enum'
          ? cName({ ...index.enum(t.id).base, const: t.const }, index, declarator)
          : `${q}void${d}`;
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

/**
 * The name of a generated C function that serves `name` (`cffi_f_deflate`, `cffi_g_counter`): it
 * is also its key on the native module, read as `$n.<symbol>` in JS, so it must be an ASCII
 * identifier of both languages. A C name with other characters (`a²`, `$`, a gcc extension) takes
 * `<prefix>x_` and spells each of them, `_` included, as `_<hex>_`: one-to-one, and never equal to
 * a plain name's symbol.
 */
export function cSymbol(prefix: 'f' | 'g' | 'a' | 'b', name: string): string {
  if (/^[A-Za-z0-9_]+$/.test(name)) return `cffi_${prefix}_${name}`;
  const spelled = [...name].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`));
  return `cffi_${prefix}x_${spelled.join('')}`;
}
