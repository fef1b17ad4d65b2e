import { adviceApi } from '@/lib/api/advice-handler';

/*
 * POST /api/v1/advice (lib/api/advice-handler.ts). A Pages Router API route: Next gives it Node's
 * request and response, about 0.4 ms of CPU per request cheaper than an App Router route
 * handler's web Request and Response (docs/benchmarks.md). The handler reads the body itself,
 * at most 64 kB. In production server.mjs calls this module's default export itself, past Next's
 * router, with the headers and compression Next would add (deploy/direct-api.mjs), and refuses to
 * start if bodyParser is no longer false.
 */
export const config = { api: { bodyParser: false } };

export default adviceApi;
