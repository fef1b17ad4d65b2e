export const professional = {};
