/**
 * Every diagnostic the tool can give, in one catalog: a code, a severity and how to say it.
 * `docs/errors.md` explains each code; `spec/diagnostics.spec.ts` checks that both agree.
 */

/** How bad a diagnostic is. `skip` means a declaration was left out of the module. */
export type Severity = 'error' | 'warning' | 'skip' | 'info';

/** The catalog: code → severity and a message template (`{name}` placeholders). */
export const CATALOG = {
  CI001: {
    severity: 'error',
    text: "header '{header}' not found (searched: {searched}); pass its folder with -I or give a path",
  },
  CI002: { severity: 'error', text: '{message}' },
  CI003: {
    severity: 'error',
    text:
      "pattern '{pattern}' given to --{option} matches no declaration in {headers}; " +
      'check the spelling or list the names with `cffi-import dump-ir`',
  },
  CI004: {
    severity: 'error',
    text:
      "symbol '{symbol}' is not defined by any linked library; " +
      'add the library that defines it with -l <name> (and -L <dir>) or --pkg <name>',
  },
  CI005: { severity: 'error', text: 'the C compiler failed on {file}:\n{output}' },
  // a wrong or missing option value: no header, a --name that is not a C identifier, a malformed /regex/
  CI006: { severity: 'error', text: '{message}' },
  // the --config file: unreadable, not JSON, an unknown key, a value of the wrong type
  CI007: { severity: 'error', text: '{message}' },
  CI008: { severity: 'error', text: 'pkg-config {what} {packages} failed: {why}' },
  CI009: {
    severity: 'error',
    text: "library '{library}' not found by the linker: install its development package or pass its folder with -L",
  },
  CI010: {
    severity: 'skip',
    text:
      "variadic function '{name}' passes or returns a struct or union by value in its fixed part, " +
      'which its libffi call cannot carry yet; declare a fixed instantiation with --variadic',
  },
  CI011: {
    severity: 'skip',
    text: "function-like macro '{name}' cannot be typed ({why}); to call it, declare it: --macro '{declare}'",
  },
  CI012: { severity: 'skip', text: "macro '{name}' is not a constant expression ({why})" },
  CI013: { severity: 'skip', text: "{kind} '{name}' uses a type the runtime cannot carry: {type}" },
  CI014: { severity: 'skip', text: "{kind} '{name}' depends on '{dep}', which is skipped" },
  CI015: {
    severity: 'skip',
    text:
      "function '{name}' has no prototype (`{name}()`), so its parameters are unknown; " +
      "declare them to call it: --signature 'int {name}(int)'",
  },
  CI016: {
    severity: 'skip',
    text:
      "{kind} '{name}' passes or returns by value a struct or union that C cannot name " +
      "(an anonymous member's type)",
  },
  CI017: {
    severity: 'info',
    text: "record '{name}' has no definition in the headers; it stays opaque (pointers only)",
  },
  CI018: {
    severity: 'skip',
    text: "variable '{name}' is static and not const: each translation unit has its own copy, not the library's",
  },
  CI019: { severity: 'skip', text: "{kind} '{name}' is an anonymous declaration nothing refers to" },
  CI020: { severity: 'warning', text: "{kind} '{name}' is not exported: the name is taken by {ownerKind} '{owner}'" },
  CI021: {
    severity: 'warning',
    text:
      '{count} declared function(s) or variable(s) are not defined by the linked libraries; ' +
      'calling or reading them throws an Error: {names}',
  },
  CI022: { severity: 'error', text: "C compiler '{cc}' not found; install one (apt-get install gcc) or set CC" },
  CI023: {
    severity: 'error',
    text:
      "node_api.h not found (looked in {searched}); install Node.js's headers (Debian: libnode-dev) " +
      'or set NODE_API_INCLUDE',
  },
  CI024: { severity: 'error', text: 'the built module {file} does not load: {message}' },
  CI025: { severity: 'warning', text: "pattern '{pattern}' given to --exclude matches no declaration" },
  CI026: {
    severity: 'error',
    text:
      'nothing to generate: no declaration of {headers} is selected (headers taken: {taken}); ' +
      "name the functions and types with --only, or widen the headers with --header-glob 'dir/*.h'",
  },
  // the output folder: not new, empty or cffi-import's own (src/out-dir.ts), or not writable
  CI040: { severity: 'error', text: 'cannot write the module into {folder}: {why}; {todo}' },
} as const satisfies Record<string, { severity: Severity; text: string }>;

/** A diagnostic code. */
export type Code = keyof typeof CATALOG;
