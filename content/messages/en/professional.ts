import type { professional as nl } from '../nl/professional';

export const professional: typeof nl = {};
