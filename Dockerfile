# syntax=docker/dockerfile:1.10
#
# The routewijzer as a container: the standalone build (next.config.mjs `output: 'standalone'`,
# completed by deploy/standalone.mjs) served by server.mjs, the server with this project's
# timeouts. Node 24 LTS on Debian slim, a non-root user, and a root file system that can be
# mounted read-only: only Next's cache folder is written to. docs/deploy.md explains the
# build, the run and the variables.
#
#   docker build -t routewijzer .
#   docker build --secret id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
#     --secret id=deployment,src=deployment.env -t routewijzer .
#   docker run --read-only --tmpfs /app/.next/cache:uid=1000,gid=1000 -p 127.0.0.1:3000:3000 \
#     -e NEXT_SERVER_ACTIONS_ENCRYPTION_KEY --env-file deployment.env routewijzer
#
# (Not built on the machines this project is developed on: they have no Docker. What it runs,
# .next/standalone/server.mjs, is what `npm start` and `npm run test:e2e:standalone` run.)

ARG NODE_IMAGE=node:24-trixie-slim

# 1. Dependencies, development ones included: the build runs the content check (tsx), Tailwind
#    and TypeScript. Only the manifests and the two local packages they name (file:), so this
#    layer is reused until those change.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY tools/lint/ tools/lint/
COPY clients/typescript/generator/ clients/typescript/generator/
# `npm install`, not `npm ci`: the lockfile lacks the non-Linux optional binaries and `npm ci`
# refuses it (DEVELOPERS.md, "Toolchain notes").
RUN npm install --no-audit --no-fund && npm cache clean --force

# 2. The build: content check, `next build`, then the standalone folder completed (static files,
#    public/, server.mjs). The server-actions key, when given as a build secret, is used for
#    the build too, so that a page rendered at build time and a server at run time agree; it
#    never lands in a layer.
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# The deployment's own settings (ROUTEWIJZER_BASE_URL, ROUTEWIJZER_ORG_*), as an env file given
# as the build secret `deployment`: the public pages are prerendered with them
# (docs/deploy.md, "Prerendered pages"). Without it they show the "not set" notes.
RUN --mount=type=secret,id=actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
    --mount=type=secret,id=deployment,target=/run/secrets/deployment.env,required=false \
    if [ -f /run/secrets/deployment.env ]; then node scripts/with-env.mjs /run/secrets/deployment.env npm run build; \
    else npm run build; fi

# 3. What runs: the standalone folder only (about 50 MB), owned by root and not writable by the
#    user the server runs as. npm, npx and corepack are removed: nothing at run time uses them.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
WORKDIR /app
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack
COPY --from=build /app/.next/standalone/ ./
# The one folder written at run time (Next's cache). Mount a tmpfs or an emptyDir here when the
# root file system is read-only; this folder in the image is the fallback without one.
RUN mkdir -p .next/cache && chown 1000:1000 .next/cache
# The image's `node` user, by number, so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 3000
# Readiness: the catalogue has loaded (app/api/health/ready/route.ts).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# server.mjs stops on SIGTERM after the requests in flight (ROUTEWIJZER_SHUTDOWN_GRACE_MS).
STOPSIGNAL SIGTERM
CMD ["node", "server.mjs"]
