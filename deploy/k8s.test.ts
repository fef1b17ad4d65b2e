import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Deployment, type IDeployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler, type IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service, type IService } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/*
 * The Kubernetes manifests in deploy/k8s, checked as `npm test` runs (no cluster, no network):
 * every document against the Kubernetes API's JSON schemas (kubernetes-models, which ships them
 * compiled; the same OpenAPI definitions kubeconform uses), then what docs/deploy.md
 * promises of them. The schemas allow fields they do not know, as the API's OpenAPI does, so a
 * misspelt optional field gets past them; the checks below name every field this deployment
 * relies on, so those cannot be misspelt.
 */

const DIR = path.join(import.meta.dirname, 'k8s');

/** Each kind the manifests may hold, by apiVersion and kind, with the schema that checks it. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 ConfigMap': ConfigMap,
  'v1 Secret': Secret,
  'v1 Service': Service,
};

type Manifest = { file: string; apiVersion: string; kind: string; name: string; data: Record<string, unknown> };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const full = path.join(dir, f);
      if (statSync(full).isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(f) ? [full] : [];
    });
}

/** The documents of one YAML text; a YAML error, or a document that is not an object, throws. */
function parseManifests(text: string, file: string): Manifest[] {
  return parseAllDocuments(text, { uniqueKeys: true }).flatMap((doc) => {
    const [error] = doc.errors;
    if (error) throw new Error(`${file}: ${error.message}`);
    const data: unknown = doc.toJS();
    if (data === null) return [];
    if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: a document is not an object`);
    const d = data as Record<string, unknown>;
    const meta = (d.metadata ?? {}) as { name?: unknown };
    return [{ file, apiVersion: String(d.apiVersion), kind: String(d.kind), name: String(meta.name), data: d }];
  });
}

/** Throws, naming the file, the object and every field that is wrong, unless `m` fits its schema. */
function validate(m: Manifest): void {
  const Model = MODELS[`${m.apiVersion} ${m.kind}`];
  if (!Model) throw new Error(`${m.file}: ${m.apiVersion} ${m.kind} is not a kind these manifests use (add it to MODELS)`);
  try {
    new Model(m.data as never).validate();
  } catch (err) {
    throw new Error(`${m.file}: ${m.kind} ${m.name}: ${(err as Error).message}`);
  }
}

const files = yamlFiles(DIR);
const manifests = files.flatMap((f) => parseManifests(readFileSync(f, 'utf8'), path.relative(process.cwd(), f)));
const one = <T>(kind: string) => {
  const found = manifests.filter((m) => m.kind === kind && !m.file.includes(`${path.sep}examples${path.sep}`));
  expect(found.map((m) => m.name), `one ${kind} in deploy/k8s`).toHaveLength(1);
  return found[0]!.data as T;
};
/** The pod of the Deployment, and its one container. */
const podOf = (deployment: IDeployment) => {
  const pod = deployment.spec!.template.spec!;
  expect(pod.containers, 'one container').toHaveLength(1);
  return { pod, container: pod.containers[0]! };
};

describe('the Kubernetes manifests (deploy/k8s)', () => {
  it('are all valid against the Kubernetes schemas', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const m of manifests) expect(() => validate(m), `${m.file}: ${m.kind} ${m.name}`).not.toThrow();
  });

  it('run at least two pods, never fewer during a rollout, scaled by an autoscaler that keeps two', () => {
    const deployment = one<IDeployment>('Deployment');
    expect(deployment.spec!.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec!.strategy?.rollingUpdate?.maxUnavailable).toBe(0);
    const hpa = one<IHorizontalPodAutoscaler>('HorizontalPodAutoscaler');
    expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata!.name });
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec!.maxReplicas).toBeGreaterThan(hpa.spec!.minReplicas!);
    // An HPA on CPU needs a CPU request to compute utilisation.
    expect(hpa.spec!.metrics?.map((m) => m.resource?.name)).toContain('cpu');
  });

  it('probe the health endpoints the app has, on the port it listens on', () => {
    const { container } = podOf(one<IDeployment>('Deployment'));
    const port = container.ports!.find((p) => p.name === 'http')!;
    expect(container.env).toContainEqual({ name: 'PORT', value: String(port.containerPort) });
    // Kubernetes sets HOSTNAME to the pod's name, and server.mjs binds to HOSTNAME.
    expect(container.env).toContainEqual({ name: 'HOSTNAME', value: '0.0.0.0' });
    const probes = { live: container.livenessProbe, ready: container.readinessProbe, startup: container.startupProbe };
    expect(probes.live?.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
    expect(probes.ready?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    expect(probes.startup?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    for (const p of ['/api/health/live', '/api/health/ready']) {
      expect(statSync(path.join(process.cwd(), 'app', p, 'route.ts')).isFile(), `app${p}/route.ts`).toBe(true);
    }
  });

  it('run as a non-root user on a read-only root file system, writing only to the Next cache', () => {
    const { pod, container } = podOf(one<IDeployment>('Deployment'));
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.volumeMounts).toEqual([{ name: 'next-cache', mountPath: '/app/.next/cache' }]);
    expect(pod.volumes).toContainEqual(expect.objectContaining({ name: 'next-cache', emptyDir: expect.any(Object) }));
    // The Dockerfile's user and folder are the ones the manifest expects.
    const dockerfile = readFileSync(path.join(process.cwd(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(new RegExp(`^USER ${pod.securityContext!.runAsUser}:`, 'm'));
    expect(dockerfile).toContain('WORKDIR /app');
  });

  it('ask for CPU and memory, with a memory limit', () => {
    const { container } = podOf(one<IDeployment>('Deployment'));
    expect(container.resources?.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources?.limits?.memory).toEqual(expect.any(String));
  });

  it('reach the pods through a Service whose selector matches them', () => {
    const deployment = one<IDeployment>('Deployment');
    const service = one<IService>('Service');
    expect(deployment.spec!.template.metadata!.labels).toMatchObject(service.spec!.selector!);
    expect(deployment.spec!.selector.matchLabels).toEqual(service.spec!.selector);
    expect(service.spec!.ports).toContainEqual(expect.objectContaining({ targetPort: 'http' }));
  });

  it('share one configuration and one set of secrets among all pods', () => {
    const { container } = podOf(one<IDeployment>('Deployment'));
    const config = one<{ metadata: { name: string } }>('ConfigMap');
    expect(container.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }, { secretRef: { name: 'routewijzer-secrets' } }]);
    const example = manifests.find((m) => m.kind === 'Secret');
    expect(example?.name).toBe('routewijzer-secrets');
    expect(Object.keys((example!.data.stringData ?? {}) as object)).toContain('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY');
  });
});

describe('the schema check', () => {
  const deployment = readFileSync(path.join(DIR, 'deployment.yaml'), 'utf8');
  const broken = (from: string, to: string) => {
    expect(deployment, `deployment.yaml contains ${from}`).toContain(from);
    const [m] = parseManifests(deployment.replace(from, to), 'broken.yaml');
    if (!m) throw new Error('broken.yaml holds no document');
    return m;
  };

  it('refuses a Deployment with a wrong type, naming the field', () => {
    const m = broken('replicas: 2', 'replicas: two');
    expect(() => validate(m)).toThrow(/spec\/replicas must be integer/);
  });

  it('refuses a Deployment without its required fields', () => {
    const m = broken('      containers:\n', '      initContainers:\n');
    expect(() => validate(m)).toThrow(/spec\/template\/spec must have required property containers/);
  });

  it('lets a misspelt optional field through, which the checks above then catch, and refuses an unknown kind', () => {
    const m = broken('            httpGet:\n              path: /api/health/live\n              port: http\n', '            periodSecond: 10\n');
    expect(() => validate(m)).not.toThrow(); // a misspelt optional field passes the schema…
    const { container } = podOf(m.data as unknown as IDeployment);
    expect(container.livenessProbe?.httpGet).toBeUndefined(); // …and the checks above would catch what it lost
    expect(() => validate({ ...m, kind: 'Deploymnet' })).toThrow(/apps\/v1 Deploymnet is not a kind/);
  });

  it('refuses YAML that is not valid', () => {
    expect(() => broken('  replicas: 2\n', '  replicas: 2\n  replicas: 3\n')).toThrow(/broken.yaml/);
  });
});
