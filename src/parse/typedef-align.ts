import * as path from 'node:path';
import type { Decl } from '../ir/index.js';
import { evaluate } from './clang.js';
import type { ProbeSetup } from './macro-probe.js';

/**
 * `typedef struct { … } __pthread_unwind_buf_t __attribute__ ((__aligned__));` (glibc's pthread.h,
 * setjmp.h): the anonymous struct has the alignment of its fields, 8, but C can spell it only through
 * the typedef, whose alignment the attribute raises to 16 — and every use of the record (its layout
 * assertions, `ffi.new`, fields of that type) goes through that spelling. So an anonymous record
 * named by a typedef that mentions an alignment after its body takes the typedef's alignment, which
 * libclang computes in one probe (`_Alignof(T)` per such typedef).
 */
export function withTypedefAlignment(decls: readonly Decl[], setup: ProbeSetup): Decl[] {
  const byId = new Map(decls.map((d) => [d.id, d]));
  const named = decls.filter(
    (d) =>
      d.kind === 'typedef' &&
      d.type.kind === 'record' &&
      (byId.get(d.type.id) as { anonymous?: boolean } | undefined)?.anonymous === true &&
      /align/i.test((d.source ?? '').slice((d.source ?? '').lastIndexOf('}'))),
  );
  if (named.length === 0) return [...decls];
  const file = path.join(setup.dir, '__cffi_align__.c');
  const head = setup.includes.map((h) => `#include "${h}"`);
  const lines = named.map((t, i) => `static __auto_type __cffi_a_${i} = _Alignof(${t.name});`);
  const result = evaluate({
    file,
    args: [...setup.args, '-ferror-limit=0', '-Wno-everything'],
    unsaved: [{ file, contents: [...head, ...lines, ''].join('\n') }],
  });
  const align = new Map<string, number>();
  for (const v of result.values) {
    const t = named[v.line - head.length - 1];
    if (t?.kind === 'typedef' && t.type.kind === 'record' && v.value?.kind === 'int')
      align.set(t.type.id, Number(v.value.value));
  }
  return decls.map((d) => (d.kind === 'record' && align.has(d.id) ? { ...d, align: align.get(d.id)! } : d));
}
