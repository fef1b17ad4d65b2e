import type { planFile as nl } from '../nl/planFile';

export const planFile: typeof nl = {};
