import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** server.mjs at the top of the project: the production server (see its header). */
const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server.mjs');
/** Next's command line, as `npx next` runs it. */
const NEXT_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/next/dist/bin/next');

/**
 * `output`: everything the server printed, for tests that check what it logs.
 * `group`: the server's process group (its id is the server's pid), which holds every process it starts.
 * `stop()` resolves once the server and its children have exited (SIGKILL after 5 s, or at once
 * with `{ crash: true }`).
 */
export type Server = { stop: (opts?: { crash?: boolean }) => Promise<void>; output: string[]; group: number };

async function answers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the production server (server.mjs, build first) on loopback and waits until it answers.
 * `dir`: another Next.js project to serve (the bench's floor fixture); the app by default.
 * `env`: more environment for the server, e.g. shorter timeouts (ROUTEWIJZER_*_TIMEOUT_MS).
 * `entry`: another copy of server.mjs to run, e.g. the standalone folder's (npm run build).
 */
export const startServer = (port: number, dir?: string, env: Record<string, string> = {}, entry = SERVER): Promise<Server> =>
  start(port, [entry, ...(dir ? [dir] : []), '--hostname', '127.0.0.1', '--port', String(port)], env);

/**
 * Starts Next's own production server (`next start`) for the app's build on loopback: what the
 * framework serves without server.mjs, for tests that hold server.mjs's own answers equal to it.
 */
export const startNextStart = (port: number, env: Record<string, string> = {}): Promise<Server> =>
  start(port, [NEXT_CLI, 'start', '--hostname', '127.0.0.1', '--port', String(port)], env);

async function start(port: number, args: string[], env: Record<string, string>): Promise<Server> {
  // Another server on this port would answer in our place and never stop: refuse clearly.
  if (await answers(port)) throw new Error(`port ${port} is already in use: stop what runs there, or choose another port`);
  // The Node that runs this script runs the server too. Its own process group, so that stopping
  // it also stops anything it started.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, ...env },
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  const stop = async ({ crash = false } = {}) => {
    signal(crash ? 'SIGKILL' : 'SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), crash ? 0 : 5_000);
    await exited;
    clearTimeout(timer);
    // A child of the server may outlive it by a moment: wait until the port is free.
    for (let i = 0; i < 50 && (await answers(port)); i++) {
      signal('SIGKILL');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (await answers(port)) return { stop, output, group: child.pid! };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop({ crash: true });
  throw new Error(`${path.basename(args[0]!)} did not come up on port ${port}:\n${output.join('')}`);
}
