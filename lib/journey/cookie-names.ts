/** The names and lifetime of the journey's cookies, without the request APIs (for tests and scripts). See lib/journey/cookie.ts. */
export const SESSION_COOKIE = 'routewijzer';
/** Set (value "1") when the person chose to keep their answers on this device. */
export const KEEP_COOKIE = 'routewijzer-bewaren';
export const KEEP_MAX_AGE = 30 * 24 * 60 * 60;
