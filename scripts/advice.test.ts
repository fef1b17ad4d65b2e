import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postAdvice } from '@/lib/api/advice-handler';

const dir = mkdtempSync(path.join(os.tmpdir(), 'advice-cli-'));
const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
const run = (file: string) => spawnSync(tsx, ['scripts/advice.ts', file], { encoding: 'utf8' });

const body = {
  situation: { condition: 'mental-health', severity: 'mild', age: 27, municipality: '0344', work: 'none', benefit: 'bijstand', care: 'gp' },
  wish: { goal: 'paid-work', support: ['confidence'], pace: 'own-pace' },
};

describe('npm run advice (CLI)', () => {
  it('prints the same JSON as the API', async () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(body));
    const out = execFileSync(tsx, ['scripts/advice.ts', file], { encoding: 'utf8' });
    const api = await postAdvice(JSON.stringify(body));
    expect(api.status).toBe(200);
    expect(out).toBe(`${api.body}\n`);
  });

  it('exits 2 with the errors on stderr for invalid input', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...body, situation: { ...body.situation, age: 90 } }));
    const r = run(bad);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr.split('\n').find((l) => l.startsWith('{'))!).errors).toEqual([
      { path: 'situation.age', message: 'Too big: expected number to be <=70' },
    ]);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"situation":');
    expect(run(broken).status).toBe(2);
    expect(run(path.join(dir, 'missing.json')).status).toBe(2);
  });
});
