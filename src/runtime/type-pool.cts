/**
 * One C type, one object, across every module that shares this runtime (shared.cts): a record,
 * an enum, a primitive or a function type that two modules both declare is the same `RtType`, so a
 * pointer from one passes where the other expects that type, and pointer and array types built on
 * them are shared too. A type is keyed by its canonical C spelling and its layout (size and
 * alignment, signedness for integers): two modules that disagree on a record's layout keep two
 * types, and two that agree on its size but not on a field's offset or type fail at load with an
 * Error naming the record and the field. See docs/runtime-sharing.md.
 */
import type { ArrayType, FieldInfo, PointerType, RecordType, RtType } from './ctype.cjs';

/** The pool of this runtime instance (one per thread's environment, as the runtime is). */
const byName = new Map<string, RtType[]>();
const arraysOf = new WeakMap<RtType, Map<string, ArrayType>>();

/** `T *` by pointee, shared by every module's registry (pointer types compare with ===). */
export const POINTERS = new Map<RtType, PointerType>();
/** `const char *` (reads as a string) by pointee. */
export const CONST_CHAR_POINTERS = new Map<RtType, PointerType>();

/** The array types whose element is `of`, by spelling. */
export function arraysOfType(of: RtType): Map<string, ArrayType> {
  let m = arraysOf.get(of);
  if (!m) arraysOf.set(of, (m = new Map()));
  return m;
}

/**
 * The pooled instance of `t`: the one already known with the same spelling and layout (completed
 * or given a callable wrapper when `t` brings one), else `t` itself, registered.
 */
export function pooled<T extends RtType>(t: T): T {
  const variants = byName.get(t.name);
  if (!variants) {
    byName.set(t.name, [watch(t)]);
    return t;
  }
  const same = variants.find((v) => sameLayout(v, t));
  if (same) return merge(same, t) as T;
  variants.push(watch(t));
  return t;
}

/** Whether `a` may stand for `b`: same kind and layout; an opaque record stands for any layout of its name. */
function sameLayout(a: RtType, b: RtType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'record' && b.kind === 'record')
    return a.opaque || b.opaque || (a.size === b.size && a.align === b.align);
  if (a.kind === 'int' && b.kind === 'int') return a.size === b.size && a.range.min === b.range.min;
  return a.size === b.size;
}

/** Completes the pooled `known` with what `t` brings: a record's layout, a function type's wrapper. */
function merge(known: RtType, t: RtType): RtType {
  const k = known as { -readonly [K in keyof RtType]: RtType[K] } & Record<string, unknown>;
  if (known.kind === 'record' && t.kind === 'record' && known.opaque && !t.opaque) {
    Object.assign(k, { size: t.size, align: t.align, opaque: false });
  }
  if (known.kind === 'function' && t.kind === 'function' && !known.call && t.call) {
    Object.assign(k, { call: t.call, why: t.why });
  }
  return known;
}

/**
 * A pooled record's `fields` are set by each module that declares it (its generated index.js):
 * the fields both name must agree, else the modules disagree on the layout. The last list wins (a
 * module may skip a field another one emits: docs/runtime-sharing.md).
 */
function watch<T extends RtType>(t: T): T {
  if (t.kind !== 'record') return t;
  let fields: readonly FieldInfo[] = t.fields;
  Object.defineProperty(t, 'fields', {
    enumerable: true,
    get: () => fields,
    set: (next: readonly FieldInfo[]) => {
      for (const f of next) {
        const old = fields.find((x) => x.name === f.name);
        if (old && !sameField(old, f))
          throw new Error(
            `two modules disagree on the layout of '${t.name}': field '${f.name}' is ` +
              `'${old.type.name}' at offset ${old.offset} in one and '${f.type.name}' at offset ${f.offset} in ` +
              `the other (generate both with the same headers and -D flags)`,
          );
      }
      fields = next;
    },
  });
  return t;
}

function sameField(a: FieldInfo, b: FieldInfo): boolean {
  return (
    a.offset === b.offset && a.type.name === b.type.name && a.bitOffset === b.bitOffset && a.bitWidth === b.bitWidth
  );
}

/** For specs: how many layouts of `name` this runtime knows. */
export function variantsOf(name: string): readonly RecordType[] {
  return (byName.get(name) ?? []).filter((t): t is RecordType => t.kind === 'record');
}
