import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit';

// What `npm audit --omit=dev --json` printed on this project's build machine on 2026-11-26
// (headers shortened): the registry refuses the audit endpoint.
const REFUSED = {
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

// Reports in npm's format (auditReportVersion 2, as documented for `npm audit --json`).
const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...c };
  return { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) };
};
const report = (vulnerabilities: Record<string, { severity: string; via: unknown[] }>, c: Parameters<typeof counts>[0]) => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, v]) => [name, { name, isDirect: false, effects: [], range: '*', nodes: [`node_modules/${name}`], fixAvailable: true, ...v }])),
  metadata: { vulnerabilities: counts(c), dependencies: { prod: 30, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 30 } },
});
const MODERATE_ONLY = report({ yaml: { severity: 'moderate', via: [{ source: 1, name: 'yaml', title: 'Slow parse of deep aliases', url: 'https://github.com/advisories/GHSA-aaaa', severity: 'moderate', range: '<2.9.2' }] } }, { moderate: 1 });
const HIGH = report(
  {
    next: { severity: 'high', via: [{ source: 2, name: 'next', title: 'Cache poisoning', url: 'https://github.com/advisories/GHSA-bbbb', severity: 'high', range: '<16.4.7' }] },
    'next-intl': { severity: 'critical', via: ['next'] },
    yaml: MODERATE_ONLY.vulnerabilities.yaml!,
  },
  { moderate: 1, high: 1, critical: 1 },
);

describe('auditVerdict', () => {
  it('says the audit could not run when the registry refuses it, and why', () => {
    const v = auditVerdict(JSON.stringify(REFUSED, null, 2));
    expect(v.status).toBe('unavailable');
    expect(v.lines.join('\n')).toContain('405 Method Not Allowed');
    expect(v.lines.join('\n')).toContain('Nothing was checked');
  });

  it('passes a report without high or critical findings, and still names the lower ones', () => {
    const v = auditVerdict(JSON.stringify(MODERATE_ONLY));
    expect(v.status).toBe('pass');
    expect(v.lines[0]).toContain('1 moderate');
  });

  it('fails on a high or critical finding, naming each package and its advisory', () => {
    const v = auditVerdict(JSON.stringify(HIGH));
    expect(v.status).toBe('fail');
    const text = v.lines.join('\n');
    expect(text).toContain('2 package(s)');
    expect(text).toContain('- next (high): Cache poisoning https://github.com/advisories/GHSA-bbbb');
    expect(text).toContain('- next-intl (critical): through next');
    expect(text).not.toContain('- yaml');
  });

  it('fails on output it does not recognise, rather than passing it', () => {
    expect(auditVerdict('npm error something else').status).toBe('fail');
    expect(auditVerdict(JSON.stringify({ auditReportVersion: 1, advisories: {} })).status).toBe('fail');
    expect(auditVerdict(JSON.stringify({ ...HIGH, metadata: { vulnerabilities: { high: 'many' } } })).status).toBe('fail');
  });
});

describe('npm run audit (exit code)', () => {
  // A stand-in `npm` first on PATH prints a saved answer, so the exit code is tested without the registry.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-'));
  const shim = path.join(dir, 'npm');
  writeFileSync(shim, '#!/bin/sh\ncat "$AUDIT_FIXTURE"\nexit 1\n');
  chmodSync(shim, 0o755);
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  const run = (answer: unknown, env: Record<string, string> = {}) => {
    const fixture = path.join(dir, `answer-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(fixture, JSON.stringify(answer));
    return spawnSync(tsx, ['scripts/audit.ts'], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, AUDIT_FIXTURE: fixture, AUDIT_REQUIRED: '', ...env } });
  };

  it('does not fail the run when the registry refuses, unless AUDIT_REQUIRED=1', () => {
    const lenient = run(REFUSED);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('could not reach the advisory database');
    const strict = run(REFUSED, { AUDIT_REQUIRED: '1' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('AUDIT_REQUIRED=1: failing.');
  });

  it('fails on a high finding and passes a clean report', () => {
    expect(run(HIGH).status).toBe(1);
    const clean = run(MODERATE_ONLY, { AUDIT_REQUIRED: '1' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('no high or critical findings');
  });
});
