export * from './week.schema.js';
export * from './week.labels.js';
export * from './week.rules.js';
