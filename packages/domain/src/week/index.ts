export * from './week.schema.js';
export * from './week.rules.js';
