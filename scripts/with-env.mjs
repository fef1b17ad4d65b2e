/*
 * `node scripts/with-env.mjs FILE COMMAND [ARGS...]`: runs COMMAND with the variables of the
 * env file FILE added to the environment. Node's own --env-file cannot be used for `next build`:
 * Next passes it on to its workers in NODE_OPTIONS, where Node refuses it.
 */
import { spawnSync } from 'node:child_process';

const [file, command, ...args] = process.argv.slice(2);
if (!file || !command) {
  console.error('usage: node scripts/with-env.mjs FILE COMMAND [ARGS...]');
  process.exit(2);
}
process.loadEnvFile(file);
const run = spawnSync(command, args, { stdio: 'inherit' });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
