#!/usr/bin/env bash
# Peer tests: the tests named *.peer.test.ts, which run against Debian-packaged reference peers
# (Mosquitto, Prometheus, VictoriaMetrics, Alertmanager, pymodbus over TCP and socat serial lines,
# mbpoll). Each test starts its own peer on free loopback ports and stops it. A peer that is not
# installed makes its tests skip with the package to install, never pass.
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find packages -path '*/node_modules' -prune -o -name '*.peer.test.ts' -print | sort)
if [ ${#files[@]} -eq 0 ]; then
  echo "no peer tests found"
  exit 1
fi
exec node --import tsx --test --test-reporter=spec --test-concurrency=1 "${files[@]}"
