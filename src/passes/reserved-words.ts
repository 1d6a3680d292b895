/**
 * The one list of words a generated identifier must not be: a type name in the `.d.ts` (assign-names)
 * or a parameter name in the generated JS (emit). A name on it gets a `_` appended. One list, so
 * that both stay safe when either grows; the superset costs only a rare extra `_`.
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  [
    // ECMAScript reserved words
    'break case catch class const continue debugger default delete do else enum export extends false finally for',
    'function if import in instanceof new null return super switch this throw true try typeof var void while with',
    // reserved in strict mode (ES modules are strict), or not bindable there
    'implements interface let package private protected public static yield await arguments eval',
    // TypeScript's predefined type names and contextual keywords: not usable as a type's name
    'any boolean number string symbol bigint object never unknown undefined type as async',
    // the generated JS's own binding for the runtime: a parameter named so would shadow it
    'rt',
  ]
    .join(' ')
    .split(' '),
);

/** Whether `name` is on the reserved list (and so needs a `_` appended before it is emitted). */
export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/**
 * Names a generated `.d.ts` declares or refers to itself, which a C type's TypeScript name must
 * not take: the module's own interfaces (`Lib`, `Types`), the runtime's namespace import (`$rt`)
 * and the global types the declarations use (`ArrayBufferView`). Type names that start with `$`
 * (a gcc extension) also get a `_`, as parameters do, so none can meet `$rt`.
 */
export const DTS_NAMES: ReadonlySet<string> = new Set(['Lib', 'Types', 'Ffi', 'ArrayBufferView', 'readonly']);

/** Whether a TypeScript type name must take a `_`: a reserved word, a name of the `.d.ts` itself, or a `$` name. */
export function isReservedTypeName(name: string): boolean {
  return RESERVED_WORDS.has(name) || DTS_NAMES.has(name) || name.startsWith('$');
}
