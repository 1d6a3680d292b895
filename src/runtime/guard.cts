/**
 * The field guard: a write to a property a cdata does not have throws, as CFFI's "'struct foo' has
 * no field 'bar'" (instead of a JS property C never sees).
 */
import type { RtType } from './ctype.cjs';

/**
 * Installs the guard under `proto` (the root `Pointer.prototype`). The internal `slots` get
 * writable placeholders on `proto`, so their first store in a constructor never reaches the guard;
 * fields are accessors on the generated prototypes, found before it. Reads stay permissive (JS
 * machinery probes `then`, `toJSON`, symbols). `ctype` is the symbol under which a cdata spells
 * its type.
 */
export function guardWrites(proto: object, slots: readonly (string | symbol)[], ctype: symbol): void {
  for (const k of slots) Object.defineProperty(proto, k, { value: undefined, writable: true, configurable: true });
  Object.setPrototypeOf(
    proto,
    new Proxy(Object.create(Object.prototype) as object, {
      set(_target, key, _value, receiver: { $t?: RtType; [k: symbol]: unknown }) {
        const t = receiver.$t;
        const what =
          t?.kind === 'record' ? `'${t.name}' has no field` : `cdata '${String(receiver[ctype])}' has no property`;
        throw new TypeError(`${what} '${String(key)}'`);
      },
    }),
  );
}
