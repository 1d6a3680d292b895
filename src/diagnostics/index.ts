/** The diagnostics catalog and the helpers that build, format and throw diagnostics. */
export { CATALOG, type Code, type Severity } from './catalog.js';
export { diag, fail, formatDiagnostic, CffiError, type Diagnostic } from './diagnostic.js';
