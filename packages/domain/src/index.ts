/**
 * @jamsessie/domain: the pure rules and zod schemas of the Jamsessies and the Week van de
 * Radicale vernieuwing. No clock, no randomness, no I/O: pass `now` and ids in.
 * Every export is documented where it is declared; this file only names the public API.
 *
 * @module @jamsessie/domain
 */
export * from './shared/index.js';
export * from './format/index.js';
export * from './organisation/index.js';
export * from './taxonomy/index.js';
export * from './series/index.js';
export * from './session/index.js';
export * from './week/index.js';
export * from './people/index.js';
export * from './subscription/index.js';
export * from './dilemma/index.js';
export * from './protocol/index.js';
export * from './report/index.js';
export * from './calendar/index.js';
