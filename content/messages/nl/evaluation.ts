export const evaluation = {};
