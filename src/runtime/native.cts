/**
 * The native binding: what every generated `.node` gives the JS runtime besides its trampolines.
 * The C half is cffi-natives.h (`cffi_register`); spec/runtime-natives.spec checks that its table
 * and `NATIVE_FUNCTIONS` name the same functions, and the compiler checks `NATIVE_FUNCTIONS`
 * against `NativeRuntime` both ways, so the three cannot drift apart.
 */

/** What the generated native module gives the runtime (see cffi-natives.h). */
export interface NativeRuntime {
  $address(buf: ArrayBuffer | ArrayBufferView): bigint;
  $view(addr: bigint, size: number): ArrayBuffer;
  $string(addr: bigint, max: number): string;
  $memmove(dst: bigint, src: bigint, n: number): void;
  $detach(buf: ArrayBuffer): void;
  $errno(set?: number): number;
  /** A `long double` at `offset` in `dv`, rounded to a double (C does the conversion: cffi-wide.h). */
  $ldRead(dv: DataView, offset: number): number;
  /** Stores `v` as a `long double` (exact: every double is one). */
  $ldWrite(dv: DataView, offset: number, v: number): void;
  /** Frees the pool slot of a callback (cffi-callback.h); C calling it afterwards gets zero. */
  $cbClose(slot: object): void;
  /**
   * Adopts the shared C block of this environment (errno: cffi-shared.h) when given one, else makes
   * it; returns the block in use (an opaque external), which shared.cts hands to every later module.
   */
  $share(block?: unknown): unknown;
}

/** The names of `NativeRuntime`'s functions, as cffi-natives.h registers them. */
export const NATIVE_FUNCTIONS = [
  '$address',
  '$view',
  '$string',
  '$memmove',
  '$detach',
  '$errno',
  '$ldRead',
  '$ldWrite',
  '$cbClose',
  '$share',
] as const satisfies readonly (keyof NativeRuntime)[];

// The other direction: a member of NativeRuntime missing from NATIVE_FUNCTIONS fails to compile here.
const everyNativeListed: Exclude<keyof NativeRuntime, (typeof NATIVE_FUNCTIONS)[number]> extends never ? true : never =
  true;
void everyNativeListed;

/**
 * The bound module. One object for the process, filled by `bindNative`: the runtime's modules
 * import it once and read its functions at call time.
 */
export const native = {} as NativeRuntime;

/** Called once by the generated `index.js` (through `load`) with its native module. */
export function bindNative(n: NativeRuntime): void {
  for (const name of NATIVE_FUNCTIONS) (native as unknown as Record<string, unknown>)[name] = n[name];
}
