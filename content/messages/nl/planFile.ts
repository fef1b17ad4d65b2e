export const planFile = {};
