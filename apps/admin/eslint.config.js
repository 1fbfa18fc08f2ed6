import { react } from '@jamsessie/eslint-config';

export default react(import.meta.dirname);
