#!/usr/bin/env node
/**
 * The command line: parses argv with yargs from the one options table, calls `src/`, prints
 * the summary or the error, and sets the exit code (0 ok, 1 bad input or a failed build, 2 usage).
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { CffiError, dumpIr, generate, OPTIONS, resolveConfig, type UserOptions } from '../src/index.js';
import { VERSION, watchRuns, type Config } from '../src/index.js';
import { explain } from './explain.js';
import { progressLine } from './progress.js';

function withOptions<T>(y: import('yargs').Argv<T>) {
  let out = y.positional('headers', {
    type: 'string',
    array: true,
    describe: 'header files: a bare name resolves like #include <name>, a path as a path',
  });
  for (const [name, spec] of Object.entries(OPTIONS)) {
    out = out.option(name, {
      type: spec.type === 'array' ? 'string' : spec.type,
      array: spec.type === 'array',
      describe: spec.describe,
      ...('alias' in spec ? { alias: spec.alias } : {}),
      ...('default' in spec && spec.type !== 'array' ? { default: spec.default } : {}),
      requiresArg: spec.type !== 'boolean',
    }) as typeof out;
  }
  return out;
}

function toUser(argv: Record<string, unknown>): UserOptions {
  const user: Record<string, unknown> = { headers: (argv.headers as string[] | undefined)?.map(String) };
  for (const name of Object.keys(OPTIONS)) if (argv[name] !== undefined) user[name] = argv[name];
  return user as UserOptions;
}

/** C compilers' attached forms (`-Iinc`, `-DX=1`, `-lz`, `-L/opt/lib`) split the way yargs reads them. */
function splitAttached(argv: string[]): string[] {
  return argv.flatMap((a) => (/^-[IDlL]./.test(a) ? [a.slice(0, 2), a.slice(2)] : [a]));
}

/**
 * What the user sees of an error cffi-import did not expect. A system error (a full disk, a
 * permission) is named with its path and code, without a stack trace; anything else is a bug,
 * reported with its stack so that it can be fixed.
 */
function internalError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && typeof err.syscall === 'string')
    return `cannot ${err.syscall} ${err.path ?? ''}: ${err.code} (${err.message}); check the path and its permissions`;
  return `internal error (please report it): ${err?.stack ?? String(e)}`;
}

/** A usage error yargs already reported; only the exit code is left to set. */
class UsageError extends Error {}

async function main(): Promise<number> {
  let code = 0;
  const report = (e: unknown) => {
    if (e instanceof CffiError) {
      process.stderr.write(`cffi-import: ${e.message}\n`);
      code = 1;
    } else throw e;
  };
  await yargs(splitAttached(hideBin(process.argv)))
    .scriptName('cffi-import')
    .usage(
      '$0 <header...> [options]\n\nImports C headers as a typed Node-API module: ' +
        'libclang parses them, the system C compiler builds the module.',
    )
    .command(
      'dump-ir [headers..]',
      'print the IR and the Plan as stable JSON',
      (y) => withOptions(y),
      (argv) => {
        try {
          process.stdout.write(dumpIr(resolveConfig(toUser(argv))));
        } catch (e) {
          report(e);
        }
      },
    )
    .command(
      'explain [headers..]',
      'list every declaration left out, with its code, location and what to do',
      (y) => withOptions(y),
      (argv) => {
        try {
          process.stdout.write(explain(resolveConfig(toUser(argv))));
        } catch (e) {
          report(e);
        }
      },
    )
    .command(
      '$0 [headers..]',
      'generate and build a module',
      (y) => withOptions(y),
      async (argv) => {
        let config: Config | undefined;
        const once = async () => {
          let progress: ReturnType<typeof progressLine> | undefined;
          try {
            config ??= resolveConfig(toUser(argv));
            progress = progressLine(config.quiet);
            const result = await generate(config, progress.update);
            progress.done();
            const how = result.node
              ? result.unchanged
                ? ' (unchanged: nothing to do)'
                : ''
              : ' (sources only: --no-build)';
            if (!config.quiet) process.stderr.write(`${result.summary}\nwrote ${result.out}${how}\n`);
          } catch (e) {
            progress?.done();
            report(e);
          }
        };
        await once();
        if (config?.watch) await watchRuns(config.out, config.configFile ? [config.configFile] : [], once);
      },
    )
    .example("$0 zlib.h --only 'deflate*' 'Z_*' ZLIB_VERSION -l z", 'a ./zlib/ module with the deflate API')
    .strictOptions()
    .fail((msg, err) => {
      if (err && err.name !== 'YError') throw err;
      process.stderr.write(
        `cffi-import: ${msg ?? err?.message}\n` +
          `run cffi-import --help for the options (a value that starts with '-' is written --clang-arg=-value)\n`,
      );
      process.exitCode = 2;
      throw new UsageError();
    })
    .help()
    .version(VERSION)
    .parseAsync();
  return code;
}

// exitCode, not exit(): exit() would cut off output still queued for a pipe (dump-ir's JSON).
main().then(
  (code) => (process.exitCode = code),
  (e) => {
    if (e instanceof UsageError) return;
    process.stderr.write(`cffi-import: ${internalError(e)}\n`);
    process.exitCode = 1;
  },
);
