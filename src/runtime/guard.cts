/**
 * The field guard: a write to a property a cdata does not have throws, as CFFI's "'struct foo' has
 * no field 'bar'" (instead of a JS property C never sees).
 */
import type { RtType } from './ctype.cjs';

/**
 * Installs the guard under `proto` (the root `Pointer.prototype`). The internal `slots` get
 * writable placeholders on `proto`, so their first store in a constructor never reaches the guard;
 * fields are accessors on the generated prototypes, found before it. `ctype` is the symbol under
 * which a cdata spells its type.
 *
 * Element indexes (`p[0]`) are never own properties, so their reads and writes also end here:
 * `read` and `write` (element.cts) handle them. Other reads stay permissive (JS machinery probes
 * `then`, `toJSON`, symbols): `read` returns undefined for them, and `write` false.
 */
export function guardWrites(
  proto: object,
  slots: readonly (string | symbol)[],
  ctype: symbol,
  read: (receiver: object, key: string | symbol) => unknown,
  write: (receiver: object, key: string | symbol, v: unknown) => boolean,
): void {
  for (const k of slots) Object.defineProperty(proto, k, { value: undefined, writable: true, configurable: true });
  const base = Object.create(Object.prototype) as object;
  Object.setPrototypeOf(
    proto,
    new Proxy(base, {
      get(target, key, receiver: object) {
        // Object.prototype's members (toString, __proto__, hasOwnProperty) before elements
        return key in target ? Reflect.get(target, key, receiver) : read(receiver, key);
      },
      set(_target, key, value, receiver: { $t?: RtType; [k: symbol]: unknown }) {
        if (write(receiver, key, value)) return true;
        const t = receiver.$t;
        const what =
          t?.kind === 'record' ? `'${t.name}' has no field` : `cdata '${String(receiver[ctype])}' has no property`;
        throw new TypeError(`${what} '${String(key)}'`);
      },
    }),
  );
}
