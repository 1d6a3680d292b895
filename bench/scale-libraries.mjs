/**
 * The libraries `npm run scale` (bench/scale.mjs) imports whole, and the page it writes
 * (docs/scale.md): the targets of issue 11 and the choices behind the numbers.
 */

/**
 * Each library: the header and the CLI's options, the same options as `resolveConfig` takes (for
 * the parse floor), the path and clang flags bindgen gets, and a first call for the load time.
 */
export const LIBRARIES = [
  {
    name: 'zlib',
    label: 'zlib.h',
    header: 'zlib.h',
    path: '/usr/include/zlib.h',
    args: ['-l', 'z'],
    options: { l: ['z'] },
    clang: [],
    first: '(lib) => lib.zlibVersion()',
  },
  {
    name: 'sqlite3',
    label: 'sqlite3.h',
    header: 'sqlite3.h',
    path: '/usr/include/sqlite3.h',
    args: ['-l', 'sqlite3'],
    options: { l: ['sqlite3'] },
    clang: [],
    first: '(lib) => lib.sqlite3_libversion()',
  },
  {
    name: 'ssl',
    label: 'openssl/ssl.h',
    header: 'openssl/ssl.h',
    path: '/usr/include/openssl/ssl.h',
    args: ['--pkg', 'openssl'],
    options: { pkg: ['openssl'] },
    clang: [],
    first: '(lib) => lib.OpenSSL_version_num()',
  },
  {
    name: 'vulkan',
    label: 'vulkan/vulkan_core.h',
    header: 'vulkan/vulkan_core.h',
    path: '/usr/include/vulkan/vulkan_core.h',
    args: ['-l', 'vulkan'],
    options: { l: ['vulkan'] },
    clang: [],
    first: "(lib, ffi) => lib.vkEnumerateInstanceVersion(ffi.new('uint32_t *'))",
  },
  {
    name: 'gtk',
    label: 'gtk/gtk.h',
    header: 'gtk/gtk.h',
    path: '/usr/include/gtk-4.0/gtk/gtk.h',
    args: ['--pkg', 'gtk4'],
    options: { pkg: ['gtk4'] },
    clang: [
      '-I/usr/include/gtk-4.0',
      '-I/usr/include/glib-2.0',
      '-I/usr/lib/x86_64-linux-gnu/glib-2.0/include',
      '-I/usr/include/pango-1.0',
      '-I/usr/include/harfbuzz',
      '-I/usr/include/cairo',
      '-I/usr/include/gdk-pixbuf-2.0',
      '-I/usr/include/graphene-1.0',
      '-I/usr/lib/x86_64-linux-gnu/graphene-1.0/include',
    ],
    first: '(lib) => lib.gtk_get_major_version()',
  },
];

/** docs/scale.md: `{{table}}`, `{{machine}}`, `{{date}}` and `{{runs}}` are filled in by bench/scale.mjs. */
export const TARGETS = `# Whole libraries: build, cache and load times

Written by \`npm run scale\` (bench/scale.mjs) on {{date}}, on:

{{machine}}

Medians of {{runs}} runs; the cold generate+build runs once. floor: libclang's parse and walk alone;
÷: dump-ir over bindgen and over the floor; CPU×: CPU time over wall time of the cold run (2 means
two busy cores); unchanged: the re-run (its share of cold); load: require to the end of the first
call; tsc×: \`tsc --strict\` on a one-line client over the same line without the import.

{{table}}

Targets (issue 11), on a 2-core machine: GTK cold generate+build ≤ 15 s with both cores busy; an
unchanged re-run ≤ 10% of cold; dump-ir of gtk/gtk.h ≤ 0.5× bindgen and ≤ 3× the parse floor;
dump-ir of zlib.h ≤ 2× bindgen; GTK and Vulkan modules ≤ 30 ms to the first call; tsc on a one-line
client ≤ 1.3× without the import. A machine shared with other work (see the load average) inflates
every wall time; the CPU figures and the ratios of one run are the comparable ones.

## What was chosen, and why

- **Parts.** A module of more than \`--chunk-size\` trampolines (default 400) is emitted as
  \`<name>.c\` (layout checks, variables, macros, the entry) and parts \`<name>.<k>.c\`, each with the
  same includes and only the weak redeclarations its functions need. Each part exports a hidden
  table \`cffi_exports_<k>\`; \`<name>.c\` registers them all. The parts share one \`cffi_last_errno\`
  (hidden, defined in \`<name>.c\`). Cuts are content-defined (a name hashing to 0 past half the
  size, at most twice the size), so adding a function changes one part. Each part compiles on its
  own core (\`os.availableParallelism()\`) into \`<out>/.cffi-objects/<part>.<hash>.o\`, keyed by the
  compiler, flags, version, the runtime header, the part's text and the content of every header the
  parse read; unused objects are removed. Every part re-reads the library's headers (about 0.7 s
  for GTK): 400 trampolines per part keeps that under a third of a part's time.
- **-O1.** \`npm run bench\`'s add/hyp ratios to the hand-written addon are the same at -O1 as at
  -O2 (the runtime's conversions are \`static inline\` and inlined at -O1 as well); -O1 compiles a
  GTK-sized module in about half the CPU time of -O2.
- **Whole-input cache.** \`<out>/.cffi-input-hash\` records the resolved options (with the config
  file's content), \`$CC\`, node's and the tool's versions, the content hash of every file libclang
  read, and the size and time of every output. An unchanged run re-hashes the inputs, checks the
  outputs and that the module loads, and prints the last summary, without parsing. Not covered: a
  header newly created earlier in the include path than the one read, and a changed shared
  library behind an unchanged \`-l\` (the load check sees a removed symbol, not a changed one).
- **--watch** watches the folders of the files the last run read and the config file.
- **Run path.** Every \`-L\` folder is also passed as \`-Xlinker -rpath -Xlinker <dir>\` (no comma
  splitting), here and in binding.gyp.
- **Load time.** Profiling the GTK module's load shows V8 compiling the 4 MB \`index.js\` and reading
  it dominate (80%); running its top level (types, classes, \`lib\` properties) is a tenth. Making the
  functions lazy (getters that replace themselves) did not move the total and was left out; what
  would is smaller source: no JSDoc in \`index.js\` (a third of it; the \`.d.ts\` carries it) and the
  functions' wrappers in per-part files required on first use.
`;
