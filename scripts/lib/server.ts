import { spawn } from 'node:child_process';

/** `output`: everything the server printed, for tests that check what it logs. */
export type Server = { stop: () => void; output: string[] };

/** Starts the production server (`next start`, build first) on loopback and waits until it answers. */
export async function startServer(port: number): Promise<Server> {
  // Its own process group, so that stopping it also stops the next-server that npx starts.
  const child = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { stop, output };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('next start did not come up');
}
