import { base, cliFence } from '@jamsessie/eslint-config';

export default [...base(import.meta.dirname), cliFence];
