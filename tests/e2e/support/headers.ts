/** The security headers next.config.mjs's headers() gives every answer (lower case, as a client reads them). */
export const SECURITY_HEADERS = ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'strict-transport-security', 'cross-origin-opener-policy'];
