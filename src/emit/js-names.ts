/**
 * The JS words a generated name must not be: reserved words, and `rt` (the runtime's old name).
 * The one list the emitter keeps (the passes keep theirs for names; see issue 6 item 4).
 */
export const JS_RESERVED: ReadonlySet<string> = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export ' +
    'extends false finally for function if implements import in instanceof interface let new null package ' +
    'private protected public return static super switch this throw true try typeof var void while with yield rt'
  ).split(' '),
);

/** A parameter name that is a valid JS identifier and cannot shadow the runtime (`$`-names). */
export function safeParam(name: string, i: number): string {
  const n = name.replace(/[^A-Za-z0-9_$]/g, '_') || `arg${i}`;
  return JS_RESERVED.has(n) || n.startsWith('$') ? `${n}_` : n;
}
