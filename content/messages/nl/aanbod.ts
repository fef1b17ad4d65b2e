export const aanbod = {};
