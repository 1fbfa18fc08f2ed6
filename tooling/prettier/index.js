/** Shared Prettier settings: one formatter for the whole repository. */
export default {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
};
