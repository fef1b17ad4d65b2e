/*
 * The engine from the shell: npm run --silent advice -- answers.json  (or "-" for stdin)
 * Prints the same JSON as POST /api/v1/advice. Invalid input: errors on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { validateAdviceRequest } from '@/lib/api/advice-request';
import { loadCatalogue } from '@/lib/catalogue/load';
import { advise } from '@/lib/engine/advise';

const args = process.argv.slice(2);
const pretty = args.includes('--pretty');
const file = args.find((a) => a !== '--pretty');
if (!file) {
  console.error('usage: npm run --silent advice -- <answers.json | -> [--pretty]');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  console.error(JSON.stringify({ error: 'unreadable-file', errors: [{ path: '', message: (e as Error).message }] }));
  process.exit(2);
}
let data: unknown;
try {
  data = JSON.parse(text);
} catch {
  console.error(JSON.stringify({ error: 'malformed-json', errors: [{ path: '', message: 'The file is not valid JSON.' }] }));
  process.exit(2);
}
const catalogue = loadCatalogue();
const v = validateAdviceRequest(data, catalogue);
if (!v.ok) {
  console.error(JSON.stringify({ error: 'invalid-request', errors: v.errors }));
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(advise(v.value, catalogue, 'nl'), null, pretty ? 2 : undefined)}\n`);
