/**
 * The options, declared once. This table drives the yargs flags (`cli/`), the JSON config file
 * (`--config`), the resolved `Config` type and `docs/options.md`. Nothing downstream reads a raw
 * option: `resolveConfig` turns them into a fully defaulted `Config` first.
 */

/** One option's declaration. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean' | 'array';
  readonly alias?: string;
  readonly describe: string;
  readonly default?: string | boolean | readonly string[];
}

/** Every option of `cffi-import` and `cffi-import dump-ir`. */
export const OPTIONS = {
  only: {
    type: 'array',
    describe:
      'names to select: glob (deflate*) or /regex/; ' +
      'matches functions, types, enums and their constants, macros, globals',
    default: [],
  },
  exclude: { type: 'array', describe: 'names to drop (glob or /regex/)', default: [] },
  'header-glob': {
    type: 'array',
    describe:
      'widen (gdk/*.h) or, with !, narrow (!gtk/gtkbutton.h) the headers whose declarations are taken ' +
      'without --only (default: the named headers and their own sub-headers); in order, ** spans folders',
    default: [],
  },
  variadic: {
    type: 'array',
    describe:
      "a fixed instantiation of a variadic function, called directly (no libffi): 'int printf(const char *, int)' " +
      "makes lib.printf take exactly these; 'printf_int=int printf(const char *, int)' adds lib.printf_int instead",
    default: [],
  },
  I: { type: 'array', describe: 'include directory, passed to libclang and the C compiler', default: [] },
  D: { type: 'array', describe: 'macro definition name[=value], passed to libclang and the C compiler', default: [] },
  'clang-arg': { type: 'array', describe: 'extra argument for libclang and the C compiler', default: [] },
  l: { type: 'array', describe: 'library to link (-l z)', default: [] },
  L: { type: 'array', describe: 'library directory', default: [] },
  pkg: { type: 'array', describe: 'pkg-config package whose cflags and libs to use', default: [] },
  macro: {
    type: 'array',
    describe:
      "a function-like macro's signature, to call it as lib.NAME when it cannot be inferred: --macro 'int SQUARE(int)'",
    default: [],
  },
  signature: {
    type: 'array',
    describe:
      'the parameters of a function the header declares without a prototype (`int f()`), to call it: ' +
      "--signature 'int f(int, const char *)'",
    default: [],
  },
  int64: {
    type: 'string',
    describe:
      '64-bit integer results, fields and globals as bigint (default) or number; number throws RangeError ' +
      'for a value a double cannot hold exactly',
    default: 'bigint',
  },
  out: { type: 'string', alias: 'o', describe: 'output folder (default ./<name>)' },
  name: { type: 'string', describe: "module name (default: the first header's basename without .h)" },
  build: { type: 'boolean', describe: 'compile the module (--no-build emits sources only)', default: true },
  config: { type: 'string', describe: 'read these options from a JSON file' },
  quiet: { type: 'boolean', alias: 'q', describe: 'print only errors', default: false },
  async: {
    type: 'boolean',
    describe: "give every function lib.fn.async (--no-async leaves it out: about half the module's C, docs/async.md)",
    default: true,
  },
  'chunk-size': {
    type: 'string',
    describe:
      'trampolines per generated C file; the files compile in parallel and are cached one by one ' +
      '(default 400; 0: one file)',
  },
  report: {
    type: 'string',
    describe: 'write every skipped declaration (code, location, what to do) and the counts as JSON to this file',
  },
  watch: {
    type: 'boolean',
    describe: 'stay running and generate again when a header (or one it includes) or the config file changes',
    default: false,
  },
} as const satisfies Record<string, OptionSpec>;

/** The option names. */
export type OptionName = keyof typeof OPTIONS;

type ValueOf<S extends OptionSpec> = S['type'] extends 'array'
  ? string[]
  : S['type'] extends 'boolean'
    ? boolean
    : string;

/** Options as the user gave them (flags or the JSON file): every field optional. */
export type UserOptions = { -readonly [K in OptionName]?: ValueOf<(typeof OPTIONS)[K]> } & { headers?: string[] };
