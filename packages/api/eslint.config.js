import { apiFence, base } from '@jamsessie/eslint-config';

export default [...base(import.meta.dirname), apiFence];
