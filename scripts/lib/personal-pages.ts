/**
 * The personal pages that `npm run bench` (the floor with their markup) and `npm run profile`
 * measure, each with the persona's session cookie it needs (`journeyCookies()`): the question
 * page needs none, it is the first one.
 */
export const PERSONAL_PAGES: readonly (readonly [name: string, path: string, cookie?: 'check' | 'plan'])[] = [
  ['question', '/vragen/hoe-gaat-het'],
  ['check', '/controleren', 'check'],
  ['advice', '/advies', 'plan'],
  ['plan', '/plan', 'plan'],
];
