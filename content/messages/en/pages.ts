import type { pages as nl } from '../nl/pages';

export const pages: typeof nl = {};
