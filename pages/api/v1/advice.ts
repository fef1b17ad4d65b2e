import { adviceApi } from '@/lib/api/advice-handler';

/*
 * POST /api/v1/advice (lib/api/advice-handler.ts). A Pages Router API route: Next gives it Node's
 * request and response, about 0.4 ms of CPU per request cheaper than an App Router route
 * handler's web Request and Response (docs/benchmarks.md). The handler reads the body itself,
 * at most 64 kB.
 */
export const config = { api: { bodyParser: false } };

export default adviceApi;
