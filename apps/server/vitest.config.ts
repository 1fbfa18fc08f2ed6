import { vitestPreset } from '@jamsessie/vitest-config';

export default vitestPreset();
