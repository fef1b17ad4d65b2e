import type { engine as nl } from '../nl/engine';

export const engine: typeof nl = {};
