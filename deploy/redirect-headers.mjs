/*
 * Next's own redirects leave out the headers next.config.mjs's headers() gives every answer
 * (Strict-Transport-Security, X-Frame-Options, X-Content-Type-Options, Referrer-Policy,
 * Permissions-Policy, Cross-Origin-Opener-Policy; and the API's Content-Security-Policy). Those
 * redirects are: a trailing slash taken off (/privacy/ -> /privacy, /api/v1/advice/ ->
 * /api/v1/advice), and next.config.mjs's redirects() (/nl/x -> /x). Seen on Next 16.4.6, under
 * `next start` as under server.mjs.
 *
 * server.mjs gives such a redirect those headers of its address that it lacks, read from the
 * build's routes manifest as deploy/direct-api.mjs reads them. A header the redirect has keeps
 * its value, and an answer that is not a redirect is left as Next sends it.
 */
import { configHeaders } from './direct-api.mjs';

/**
 * For a build's routes manifest (routesManifest in direct-api.mjs): a function that makes `res`
 * add the missing headers when it turns out to be a redirect (3xx), decided when its status goes out.
 */
export function redirectHeaders(manifest) {
  return function addToRedirect(req, res) {
    const { writeHead } = res;
    res.writeHead = function (status, ...rest) {
      if (status >= 300 && status < 400) {
        const url = req.url ?? '';
        const query = url.indexOf('?');
        for (const [key, value] of configHeaders(manifest, query === -1 ? url : url.slice(0, query)) ?? []) {
          if (!this.hasHeader(key)) this.setHeader(key, value);
        }
      }
      return writeHead.call(this, status, ...rest);
    };
  };
}
