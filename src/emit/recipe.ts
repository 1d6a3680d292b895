import { moduleLinkFlags, recipeCompileFlags, type RuntimeNeeds } from '../compile/index.js';
import type { Config } from '../config/index.js';
import { fail } from '../diagnostics/index.js';
import { gypSafe, jsonText } from '../escape.js';

/**
 * `binding.gyp`, so that the output folder can be rebuilt where it is redistributed
 * (`npx node-gyp rebuild`) with the same flags this run used (src/compile/toolchain.mjs defines
 * them for both). Only flags, no absolute paths of this machine beyond those the user gave (`-L`
 * folders, which are also the module's run path). `sources`: `<name>.c` and a large module's parts.
 */
export function buildRecipe(
  config: Config,
  needs: RuntimeNeeds = {},
  sources: readonly string[] = [`${config.name}.c`],
): string {
  const gyp = {
    targets: [
      {
        target_name: config.name,
        sources,
        include_dirs: ['.'],
        cflags: recipeCompileFlags(config.cflags),
        libraries: moduleLinkFlags(config.libs, needs),
      },
    ],
  };
  for (const flag of [...gyp.targets[0]!.cflags, ...gyp.targets[0]!.libraries])
    if (!gypSafe(flag))
      fail('CI006', {
        message:
          `flag '${flag}' cannot be written into binding.gyp: gyp would expand or run '<(…)', '<!(…)' in it ` +
          '(or it holds a control character); pass the value another way (a header, a -I folder without it)',
      });
  return jsonText(gyp) + '\n';
}
