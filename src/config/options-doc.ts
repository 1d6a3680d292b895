import { OPTIONS } from './options.js';

/** `docs/options.md`, rendered from the options table so the two cannot drift apart. */
export function optionsMarkdown(): string {
  const rows = Object.entries(OPTIONS).map(([name, spec]) => {
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    const alias = 'alias' in spec ? `, -${spec.alias}` : '';
    const value = spec.type === 'boolean' ? '' : spec.type === 'array' ? ' <value...>' : ' <value>';
    const def =
      'default' in spec && !(Array.isArray(spec.default) && spec.default.length === 0)
        ? `\`${JSON.stringify(spec.default)}\``
        : '';
    return `| \`${flag}${alias}${value}\` | \`${name}\` | ${spec.describe} | ${def} |`;
  });
  return [
    '# Options',
    '',
    'Generated from `src/config/options.ts` (`UPDATE_GOLDENS=1 npm test` rewrites this file). Every',
    'option is a command-line flag and a key of the `--config` JSON file (plus `headers`, the list',
    'of headers); flags win over the file.',
    '',
    '| flag | config key | meaning | default |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
