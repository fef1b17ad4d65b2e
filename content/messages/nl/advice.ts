export const advice = {};
