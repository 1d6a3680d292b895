/**
 * The shape of a function-like macro's replacement list, read from libclang's tokens (never from
 * text): which declared functions it calls, and where each macro parameter stands among their
 * arguments. Types are not decided here: the probe (`macro-signature.ts`) asks the compiler.
 */

/** Where a macro parameter was found, best first: a whole argument, a cast's operand, inside an expression. */
export type Use =
  | { readonly how: 'argument'; readonly callee: string; readonly index: number }
  | { readonly how: 'cast'; readonly type: readonly string[] }
  | { readonly how: 'expression'; readonly callee: string; readonly index: number };

const RANK: Record<Use['how'], number> = { argument: 0, cast: 1, expression: 2 };

/**
 * For each parameter of `params`, its best use in `tokens` among the calls of `callable` names:
 * `deflateInit_((strm), (level), ZLIB_VERSION, ...)` gives strm → argument 0 of `deflateInit_`.
 */
export function parameterUses(
  tokens: readonly string[],
  params: readonly string[],
  callable: (name: string) => boolean,
): Map<string, Use> {
  const uses = new Map<string, Use>();
  const offer = (p: string, use: Use) => {
    const had = uses.get(p);
    if (!had || RANK[use.how] < RANK[had.how]) uses.set(p, use);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const callee = tokens[i]!;
    if (tokens[i + 1] !== '(' || !callable(callee) || params.includes(callee)) continue;
    arguments_(tokens, i + 1).forEach((arg, index) => {
      const inner = unparen(arg);
      const cast = castOperand(inner);
      if (inner.length === 1 && params.includes(inner[0]!)) offer(inner[0]!, { how: 'argument', callee, index });
      else if (cast && params.includes(cast.operand)) offer(cast.operand, { how: 'cast', type: cast.type });
      else for (const t of inner) if (params.includes(t)) offer(t, { how: 'expression', callee, index });
    });
  }
  return uses;
}

/**
 * When the whole replacement list is one call (`(f((x), 1))`), the callee: its declared result is
 * the macro's, typedef names kept.
 */
export function wholeCall(tokens: readonly string[]): string | undefined {
  const t = unparen(tokens);
  if (t.length < 3 || t[1] !== '(' || !/^[A-Za-z_]\w*$/.test(t[0]!)) return undefined;
  return closing(t, 1) === t.length - 1 ? t[0] : undefined;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas. */
function arguments_(tokens: readonly string[], open: number): string[][] {
  const end = closing(tokens, open);
  const args: string[][] = [];
  let current: string[] = [];
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t === '(' || t === '[' || t === '{') depth++;
    if (t === ')' || t === ']' || t === '}') depth--;
    if (t === ',' && depth === 0) {
      args.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0 || args.length > 0) args.push(current);
  return args;
}

/** The index of the `)` that closes the `(` at `open` (the end when unbalanced). */
function closing(tokens: readonly string[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i] === '(') depth++;
    if (tokens[i] === ')' && --depth === 0) return i;
  }
  return tokens.length;
}

/** `((x))` → `x`: parentheses that enclose the whole list. */
function unparen(tokens: readonly string[]): readonly string[] {
  let t = tokens;
  while (t.length >= 2 && t[0] === '(' && closing(t, 0) === t.length - 1) t = t.slice(1, -1);
  return t;
}

/**
 * `(char *)(arg)` → the parenthesised head and a single-token operand. Whether the head is a type
 * (a cast) or an expression (a call through parentheses) is the compiler's call: the probe spells
 * the type as `__typeof__((head)0)`, which compiles only for a scalar type.
 */
function castOperand(tokens: readonly string[]): { type: string[]; operand: string } | undefined {
  if (tokens[0] !== '(') return undefined;
  const end = closing(tokens, 0);
  const operand = unparen(tokens.slice(end + 1));
  if (end <= 1 || operand.length !== 1) return undefined;
  return { type: tokens.slice(1, end), operand: operand[0]! };
}

/**
 * The library functions a macro's expansion calls, through the macros it uses too: the trampoline
 * checks each is present (a library build may leave one out) before the macro runs.
 */
export function libraryCalls(
  tokens: readonly string[],
  macroTokens: ReadonlyMap<string, readonly string[]>,
  isLibraryFunction: (name: string) => boolean,
): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (ts: readonly string[]) => {
    for (const t of ts) {
      if (isLibraryFunction(t)) found.add(t);
      const inner = macroTokens.get(t);
      if (inner && !seen.has(t)) {
        seen.add(t);
        visit(inner);
      }
    }
  };
  visit(tokens);
  return [...found].sort();
}
