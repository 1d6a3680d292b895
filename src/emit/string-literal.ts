/**
 * The value of a macro whose body is C string literals (`"ab\0cd"`, `"a" "b"`): libclang's value
 * ends at the first NUL, the compiler's (`sizeof`, hbs/c/result/literal.hbs) does not, and the
 * `.d.ts` literal type must say what JS reads. `undefined` when the body is anything else (another
 * macro's name, a cast): then libclang's value stands.
 */
export function stringLiteralValue(body: string): string | undefined {
  const bytes: number[] = [];
  const re = /\s*(?:u8)?"((?:[^"\\\n]|\\(?:[0-7]{1,3}|x[0-9A-Fa-f]+|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.))*)"\s*/sy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(body))) {
    decode(m[1]!, bytes);
    end = re.lastIndex;
  }
  if (end === 0 || end !== body.length) return undefined;
  return Buffer.from(bytes).toString('utf8');
}

const SIMPLE: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, '?': 63 };

function decode(text: string, out: number[]): void {
  const esc = /\\(?:([0-7]{1,3})|x([0-9A-Fa-f]+)|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|([^\\]+)/gs;
  for (const m of text.matchAll(esc)) {
    if (m[1] !== undefined) out.push(parseInt(m[1], 8) & 0xff);
    else if (m[2] !== undefined) out.push(parseInt(m[2], 16) & 0xff);
    else if (m[3] !== undefined || m[4] !== undefined)
      out.push(...Buffer.from(String.fromCodePoint(parseInt((m[3] ?? m[4])!, 16)), 'utf8'));
    else if (m[5] !== undefined) out.push(SIMPLE[m[5]] ?? m[5].charCodeAt(0));
    else out.push(...Buffer.from(m[6]!, 'utf8'));
  }
}
