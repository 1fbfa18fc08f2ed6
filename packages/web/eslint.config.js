import { web } from '@jamsessie/eslint-config';

export default web(import.meta.dirname);
