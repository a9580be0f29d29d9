# syntax=docker/dockerfile:1
# sensorpath: one image for the server and the edge agent.
#   docker build -t sensorpath .
#   docker run --rm sensorpath --help
#   docker run -v sp-data:/var/lib/sensorpath -p 9090:9090 sensorpath server --http 0.0.0.0:9090 ...
#   docker run -v ./machine.yaml:/etc/sensorpath/machine.yaml:ro --device /dev/ttyUSB0 sensorpath edge --config /etc/sensorpath/machine.yaml
# Multi-arch (linux/amd64, linux/arm64, linux/arm/v7) builds: .github/workflows/images.yml.

# Build stage: native modules (better-sqlite3, serialport) compile here, `npm ci` bundles the CLI
# (the root `prepare` script), then development dependencies are dropped.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/sensorpath
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY scripts/ scripts/
COPY packages/ packages/
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund \
  && find packages -name '*.test.ts' -delete \
  && npm cache clean --force

# Runtime stage: no compiler, no npm cache, runs as the unprivileged `node` user (uid 1000).
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /opt/sensorpath
COPY --from=build --chown=root:root /opt/sensorpath /opt/sensorpath
RUN mkdir -p /var/lib/sensorpath /etc/sensorpath \
  && chown node:node /var/lib/sensorpath \
  && ln -s /opt/sensorpath/packages/cli/bin/sensorpath.js /usr/local/bin/sensorpath
USER node
VOLUME ["/var/lib/sensorpath"]
# 9090: Prometheus HTTP API and UI; 1883: embedded MQTT broker (8883 with --tls-cert).
EXPOSE 9090 1883
ENTRYPOINT ["sensorpath"]
CMD ["server", "--data", "/var/lib/sensorpath"]
