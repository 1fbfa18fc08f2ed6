export * from './consent.schema.js';
export * from './consent.labels.js';
export * from './consent.rules.js';
export * from './person.schema.js';
export * from './contact-list.rules.js';
export * from './person-export.rules.js';
export * from './person-erasure.rules.js';
export * from './attendance.schema.js';
