/**
 * The field guard: a property a record view does not have throws, read or written, as CFFI's
 * "'struct foo' has no field 'bar'" (instead of `undefined`, or a JS property C never sees).
 */
import type { RtType } from './ctype.cjs';
import { noField } from './opaque.cjs';

/**
 * Names JS machinery probes on any object it is handed (`await v` reads `then`, JSON.stringify
 * `toJSON`, test libraries and frameworks the others): reading them stays `undefined`.
 */
const PROBED = new Set(['then', 'toJSON', 'inspect', 'asymmetricMatch', 'nodeType', '$$typeof', '@@toStringTag']);

/**
 * Installs the guard under `proto` (the root `Pointer.prototype`). The internal `slots` get
 * writable placeholders on `proto`, so their first store in a constructor never reaches the guard;
 * fields are accessors on the generated prototypes, found before it, so a field access never pays
 * for the guard. `ctype` is the symbol under which a cdata spells its type.
 *
 * Element indexes (`p[0]`) are never own properties, so their reads and writes also end here:
 * `read` and `write` (element.cts) handle them (`read` is undefined for a name that is no index,
 * `write` false). Writes of any other name throw; reads of other names throw for record views only
 * (a pointer or array has no fields to misspell), never for symbols, `Object.prototype`'s members
 * or the {@link PROBED} names.
 */
export function guardWrites(
  proto: object,
  slots: readonly (string | symbol)[],
  ctype: symbol,
  read: (receiver: object, key: string | symbol) => unknown,
  write: (receiver: object, key: string | symbol, v: unknown) => boolean,
): void {
  for (const k of slots) Object.defineProperty(proto, k, { value: undefined, writable: true, configurable: true });
  const root = Object.create(Object.prototype) as object;
  Object.setPrototypeOf(
    proto,
    new Proxy(root, {
      get(target, key, receiver: { $t?: RtType }) {
        if (typeof key === 'symbol' || key in target || PROBED.has(key)) return Reflect.get(target, key, receiver);
        const v = read(receiver, key);
        const t = receiver.$t;
        if (v !== undefined || t?.kind !== 'record') return v;
        throw noField(t, key);
      },
      set(_target, key, value, receiver: { $t?: RtType; [k: symbol]: unknown }) {
        if (write(receiver, key, value)) return true;
        const t = receiver.$t;
        if (t?.kind === 'record' && typeof key === 'string') throw noField(t, key);
        const what =
          t?.kind === 'record' ? `'${t.name}' has no field` : `cdata '${String(receiver[ctype])}' has no property`;
        throw new TypeError(`${what} '${String(key)}'`);
      },
    }),
  );
}
