import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApiDocument } from '@/lib/api/openapi';

/*
 * The API contract as committed files, generated from the zod schemas and the engine:
 *   docs/openapi.json              what GET /api/v1/openapi.json serves
 *   clients/typescript/api.d.ts    openapi-typescript's types for it
 *
 *   npm run api:generate   write both
 *   tsx scripts/api-contract.ts --check   (in npm run api:check) fail when either differs from
 *                          a fresh generation: a contract change without regeneration fails.
 *
 * openapi-typescript needs the TypeScript 5 compiler API, which TypeScript 7 (this project's
 * compiler) does not have, so it lives in clients/typescript/generator with its own typescript.
 */

const root = path.resolve(import.meta.dirname, '..');
export const DOCUMENT = path.join(root, 'docs/openapi.json');
export const TYPES = path.join(root, 'clients/typescript/api.d.ts');
const GENERATOR = path.join(root, 'clients/typescript/generator/node_modules/openapi-typescript/bin/cli.js');

const documentText = async () => `${JSON.stringify(await openApiDocument(), null, 2)}\n`;

function typesFor(documentJson: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'routewijzer-api-'));
  try {
    const input = path.join(dir, 'openapi.json');
    const output = path.join(dir, 'api.d.ts');
    writeFileSync(input, documentJson);
    execFileSync(process.execPath, [GENERATOR, input, '--output', output], { stdio: ['ignore', 'ignore', 'inherit'], cwd: dir });
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const doc = await documentText();
const types = typesFor(doc);
if (process.argv.includes('--write')) {
  writeFileSync(DOCUMENT, doc);
  writeFileSync(TYPES, types);
  console.log(`wrote ${path.relative(root, DOCUMENT)} and ${path.relative(root, TYPES)}`);
} else {
  const stale = [
    [DOCUMENT, doc],
    [TYPES, types],
  ].filter(([file, fresh]) => read(file!) !== fresh);
  if (stale.length > 0) {
    console.error(`Out of date with the zod schemas and the engine: ${stale.map(([f]) => path.relative(root, f!)).join(', ')}. Run npm run api:generate, review the diff (docs/api.md says what is a breaking change) and commit it.`);
    process.exit(1);
  }
  console.log('docs/openapi.json and clients/typescript/api.d.ts match a fresh generation');
}
