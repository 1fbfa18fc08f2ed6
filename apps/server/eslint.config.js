import { base, serverFence } from '@jamsessie/eslint-config';

export default [...base(import.meta.dirname), serverFence];
