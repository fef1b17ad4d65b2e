import type { wizard as nl } from '../nl/wizard';

export const wizard: typeof nl = {};
