export * from './report.schema.js';
export * from './report.labels.js';
export * from './report-consent.rules.js';
export * from './report-draft.rules.js';
export * from './report-publish.rules.js';
export * from './report-public.js';
export * from './report-client-names.rules.js';
export * from './report-consent-items.rules.js';
