import type { map as nl } from '../nl/map';

export const map: typeof nl = {};
