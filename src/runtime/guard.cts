/**
 * The field guard: a property a record view does not have throws, read or written, as CFFI's
 * "'struct foo' has no field 'bar'" (instead of `undefined`, or a JS property C never sees).
 */
import type { RtType } from './ctype.cjs';

/**
 * Names JS machinery probes on any object it is handed (`await v` reads `then`, JSON.stringify
 * `toJSON`, test libraries and frameworks the others): reading them stays `undefined`.
 */
const PROBED = new Set(['then', 'toJSON', 'inspect', 'asymmetricMatch', 'nodeType', '$$typeof', '@@toStringTag']);

/** An array index (`p[0]`): element access, not a field; left to the pointer classes. */
const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * Installs the guard under `proto` (the root `Pointer.prototype`). The internal `slots` get
 * writable placeholders on `proto`, so their first store in a constructor never reaches the guard;
 * fields are accessors on the generated prototypes, found before it, so a field access never pays
 * for the guard. Writes throw for every cdata; reads throw for records only (a pointer or array has
 * no fields to misspell), and never for symbols, array indexes, `Object.prototype`'s members or the
 * {@link PROBED} names. `ctype` is the symbol under which a cdata spells its type.
 */
export function guardWrites(proto: object, slots: readonly (string | symbol)[], ctype: symbol): void {
  for (const k of slots) Object.defineProperty(proto, k, { value: undefined, writable: true, configurable: true });
  const root = Object.create(Object.prototype) as object;
  Object.setPrototypeOf(
    proto,
    new Proxy(root, {
      get(target, key, receiver: { $t?: RtType }) {
        if (typeof key === 'symbol' || key in target || PROBED.has(key) || INDEX.test(key)) {
          return Reflect.get(target, key, receiver);
        }
        const t = receiver.$t;
        if (t?.kind === 'record') throw new TypeError(`'${t.name}' has no field '${key}'`);
        return undefined;
      },
      set(_target, key, _value, receiver: { $t?: RtType; [k: symbol]: unknown }) {
        const t = receiver.$t;
        const what =
          t?.kind === 'record' ? `'${t.name}' has no field` : `cdata '${String(receiver[ctype])}' has no property`;
        throw new TypeError(`${what} '${String(key)}'`);
      },
    }),
  );
}
