import { base, dbFence } from '@jamsessie/eslint-config';

export default [...base(import.meta.dirname), dbFence];
