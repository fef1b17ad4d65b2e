import type { questions as nl } from '../nl/questions';

export const questions: typeof nl = {};
