export * from './taxonomy.schema.js';
export * from './taxonomy.rules.js';
