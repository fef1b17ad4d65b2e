import type { advice as nl } from '../nl/advice';

export const advice: typeof nl = {};
