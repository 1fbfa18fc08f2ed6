import { base, domainFence } from '@jamsessie/eslint-config';

export default [...base(import.meta.dirname), domainFence];
