import type { plan as nl } from '../nl/plan';

export const plan: typeof nl = {};
