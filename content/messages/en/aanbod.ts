import type { aanbod as nl } from '../nl/aanbod';

export const aanbod: typeof nl = {};
