import type { meeting as nl } from '../nl/meeting';

export const meeting: typeof nl = {};
