/*
 * The site's public base URL: part of the deploying organisation's configuration, like
 * ROUTEWIJZER_PLAN_SECRET (README.md, "Configuration"). Never hard-coded.
 *
 * Set:   ROUTEWIJZER_BASE_URL=https://routewijzer.example.nl. Canonical URLs, language
 *        alternates, share cards, the sitemap and robots.txt all name that origin.
 * Unset: the origin the request came in on (its Host header, https when a proxy in front says
 *        so in X-Forwarded-Proto). Good for a laptop or a test instance; a public deployment
 *        should set the variable, so that a forged Host header cannot change what it names.
 */

/** The environment variable that holds the public base URL. */
export const BASE_URL_ENV = 'ROUTEWIJZER_BASE_URL';

/**
 * The configured origin ("https://host[:port]", no trailing slash), or undefined when the
 * variable is missing or not an http(s) URL (then it is ignored, as a short plan secret is).
 * Only the origin counts: this app is served from the root of its host.
 */
export function configuredBaseUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const raw = env[BASE_URL_ENV]?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The origin a request came in on, from its headers; undefined when the Host header is not a plain host name. */
export function requestOrigin(get: (name: string) => string | null): string | undefined {
  const host = get('host')?.trim();
  if (!host || !HOST.test(host)) return undefined;
  const proto = get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
  return `${proto}://${host.toLowerCase()}`;
}
