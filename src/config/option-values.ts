import { fail } from '../diagnostics/index.js';
import { OPTIONS, type OptionSpec } from './options.js';

/**
 * The longest value any option takes: longer than any path (PATH_MAX is 4096) or any sensible
 * pattern, short enough that a runaway value (a file pasted into a flag) is an error, not a stall.
 */
export const MAX_OPTION_LENGTH = 8192;

/**
 * Checks the options as the command line gave them, before anything reads them: an option that
 * takes one value given twice (`-o a -o b`), an empty value (`-o ''`, `-D ''`), a value longer
 * than `MAX_OPTION_LENGTH`. Each is a CI006 naming the flag and saying what to write instead.
 */
export function checkOptionValues(user: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(user)) {
    if (value === undefined) continue;
    if (name === 'headers') {
      for (const h of value as unknown[]) checkText('a header', String(h));
      continue;
    }
    const spec = (OPTIONS as Record<string, OptionSpec>)[name];
    if (!spec) continue;
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    if (spec.type !== 'array' && Array.isArray(value))
      fail('CI006', {
        message:
          `${flag} is given ${value.length} times (${value.map((v) => JSON.stringify(v)).join(', ')}); ` +
          'give it once',
      });
    if (spec.type === 'string') checkText(flag, String(value));
    if (spec.type === 'array') for (const v of value as unknown[]) checkText(flag, String(v));
  }
}

function checkText(what: string, v: string): void {
  if (v === '') fail('CI006', { message: `${what} has an empty value; give a value or leave the option out` });
  if (v.length > MAX_OPTION_LENGTH)
    fail('CI006', {
      message:
        `${what} has a value of ${v.length} characters (starting ${JSON.stringify(v.slice(0, 40))}); ` +
        `the limit is ${MAX_OPTION_LENGTH}`,
    });
  if (v.includes('\0')) fail('CI006', { message: `${what} has a value holding a NUL character: ${JSON.stringify(v)}` });
}
