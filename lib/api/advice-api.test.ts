import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviceApi, MAX_BODY_BYTES } from '@/lib/api/advice-handler';
import { adviceResponseSchema, errorResponseSchema } from '@/lib/api/openapi';

/*
 * adviceApi over real HTTP: Node's request and response, as Next hands them to
 * pages/api/v1/advice.ts. The contract itself is tested on its core (advice-handler.test.ts);
 * here what only the transport can get wrong: reading a body that arrives in pieces, stopping
 * at the limit without reading on and still answering, methods, and headers.
 */

const valid = {
  situation: { condition: 'mental-health', severity: 'mild', age: 29, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'gp' },
  wish: { goal: 'paid-work', support: ['confidence'], pace: 'fast' },
};

let server: http.Server;
let port: number;
/** Bytes of request bodies the server has read, per request, for the tests that check it stops. */
const bodyBytesRead: number[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let read = 0;
    req.on('data', (chunk: Buffer) => (read += chunk.length));
    res.on('finish', () => bodyBytesRead.push(read));
    void adviceApi(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request; `pieces` are written one after another with a pause, chunked unless a length is declared. */
function send(method: string, pieces: Buffer[], headers: Record<string, string | number> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/api/v1/advice', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer and close before the client has sent everything (413): not an error here.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? undefined : reject(err)));
    let i = 0;
    const next = () => {
      if (i === pieces.length) return void req.end();
      req.write(pieces[i++]!);
      setTimeout(next, 5);
    };
    next();
  });
}

const lastRead = () => bodyBytesRead.at(-1);

describe('POST /api/v1/advice over Node HTTP (adviceApi)', () => {
  it('reads a body that arrives in many pieces and answers 200 with the advice, not cached', async () => {
    const text = JSON.stringify(valid).replaceAll(',', `,${' '.repeat(400)}`); // padded with whitespace to about 10 kB
    const pieces = Array.from({ length: Math.ceil(text.length / 700) }, (_, i) => Buffer.from(text.slice(i * 700, (i + 1) * 700)));
    expect(pieces.length).toBeGreaterThan(5);
    const res = await send('POST', pieces);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)));
    const advice = adviceResponseSchema.parse(JSON.parse(res.body));
    expect(advice.location?.name).toBe('Utrecht');
  });

  it('answers 413 to a chunked body as soon as it passes 64 kB, reads no further, and closes the connection', async () => {
    const piece = Buffer.alloc(16 * 1024, 0x20);
    const res = await send('POST', Array.from({ length: 64 }, () => piece)); // 1 MB offered
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(errorResponseSchema.parse(JSON.parse(res.body)).error).toBe('payload-too-large');
    // What was read: the limit and what was already on its way, not the megabyte.
    expect(lastRead()).toBeGreaterThan(MAX_BODY_BYTES);
    expect(lastRead()).toBeLessThan(512 * 1024);
  });

  it('answers 413 to a declared length over 64 kB before reading any of the body', async () => {
    const res = await send('POST', [Buffer.alloc(4096, 0x20)], { 'content-length': MAX_BODY_BYTES + 1 });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(lastRead()).toBeLessThanOrEqual(4096);
  });

  it('keeps the connection open after a normal answer (keep-alive)', async () => {
    const res = await send('POST', [Buffer.from(JSON.stringify(valid))]);
    expect(res.status).toBe(200);
    expect(res.headers.connection).not.toBe('close');
  });

  it('answers 405 naming POST to other methods, and 204 with the methods to OPTIONS', async () => {
    const get = await send('GET', []);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('OPTIONS, POST');
    expect(errorResponseSchema.parse(JSON.parse(get.body)).error).toBe('method-not-allowed');
    const options = await send('OPTIONS', []);
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('OPTIONS, POST');
  });

  it('reads headers as Node gives them: a browser post from another site gets 403', async () => {
    const res = await send('POST', [Buffer.from(JSON.stringify(valid))], { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
    const own = await send('POST', [Buffer.from(JSON.stringify(valid))], { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
  });
});
