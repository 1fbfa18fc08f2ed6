// @jamsessie/web: the React pieces both apps share. It holds no texts of its own: the apps
// pass theirs in, most through `createWebKit`.
export * from './api/api-client';
export * from './api/api-errors';
export * from './app/mount-app';
export * from './components/Brand';
export * from './components/ErrorState';
export * from './components/Field';
export * from './components/FormErrorSummary';
export * from './components/LoadingState';
export * from './components/SiteNav';
export * from './components/StatusLine';
export * from './document/use-document-title';
export * from './forms/use-email-form';
export * from './routing/Link';
export * from './routing/history';
export * from './routing/render-location';
export * from './routing/use-main-focus';
export * from './web-kit';
