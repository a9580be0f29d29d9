#!/usr/bin/env node
// Entry point of the `sensorpath` command: runs the TypeScript sources through tsx's loader,
// so a fresh `npm ci` is enough (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
