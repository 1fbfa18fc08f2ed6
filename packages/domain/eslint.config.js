import { base, domainFence } from '@jamsessie/eslint-config';

export default [{ ignores: ['docs-dist/**'] }, ...base(import.meta.dirname), domainFence];
