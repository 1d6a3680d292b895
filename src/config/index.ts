/** The options table and its resolution into one defaulted `Config`. */
export { OPTIONS, type OptionSpec, type OptionName, type UserOptions } from './options.js';
export { resolveConfig, type Config, type VariadicOption } from './config.js';
export { compilePattern, type NamePattern } from './patterns.js';
