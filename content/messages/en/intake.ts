import type { intake as nl } from '../nl/intake';

export const intake: typeof nl = {};
