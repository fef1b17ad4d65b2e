/*
 * Which paths are personal: what a person answered, checked, was advised or planned, and the
 * files made from it. They show nothing without the person's cookie, but crawlers need not
 * fetch them (robots.txt, X-Robots-Tag, a noindex meta tag). Paths are without the /en prefix;
 * both languages share them. A prefix covers the pages below it (/plan covers /plan/openen,
 * /plan/pdf ...).
 *
 * No imports: server.mjs loads this file with Node's own TypeScript support
 * (deploy/prepare-request.mjs), also in the standalone folder.
 */
export const PERSONAL_PREFIXES = ['/vragen', '/controleren', '/advies', '/plan', '/intake', '/driegesprek', '/evaluatie', '/gewist', '/bewaren', '/aanbod/filter'] as const;

/** True for a path (without /en, without query) under one of the personal prefixes. */
export function isPersonalPath(path: string): boolean {
  return PERSONAL_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}
