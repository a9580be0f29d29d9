/**
 * The non-Modbus inputs wired through a machine configuration: an HTTP/XML device (local node:http
 * server) and a Revolution Pi process image (plain file + sample PiCtory config) each publish their
 * own OpenMetrics message under their own sensor path to an embedded Aedes broker.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from '@sensorpath/openmetrics';
import { freePort } from '@sensorpath/simulator';
import { pino } from 'pino';
import { resolveMachineConfig } from '../config.ts';
import { startMachineAgent } from '../machine.ts';
import { aedesBroker, waitFor } from '../testing.ts';
import { PROCESS_IMAGE_BYTES } from './revpi.ts';

const PICTORY = fileURLToPath(new URL('../testdata/revpi/config.rsc', import.meta.url));

describe('machine configuration with HTTP/XML and RevPi inputs', () => {
  it('publishes each input under its own sensor path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-minputs-'));
    const image = Buffer.alloc(PROCESS_IMAGE_BYTES);
    image.writeUInt16LE(1234, 11); // InputValue_1
    writeFileSync(join(dir, 'pi'), image);
    const http = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end('<plc><var name="T">21.5</var><var name="P">3.25</var></plc>');
    });
    const httpPort = await freePort();
    await new Promise<void>((r) => http.listen(httpPort, '127.0.0.1', () => r()));
    const broker = aedesBroker(await freePort());
    await broker.start();
    const agent = startMachineAgent(
      resolveMachineConfig(
        {
          path: 'acme/berlin/assembly/line1/edge1',
          broker: { url: `mqtt://127.0.0.1:${broker.port}` },
          dataDir: dir,
          labels: { machine: 'press3' },
          http: [
            {
              device: 'plc1',
              url: `http://127.0.0.1:${httpPort}/`,
              interval: '200ms',
              metrics: [{ name: 'plc_value', each: '//var', path: '.', labelsFrom: { var: '@name' } }],
            },
          ],
          revpi: [
            {
              device: 'revpi1',
              config: PICTORY,
              image: join(dir, 'pi'),
              interval: '200ms',
              values: [{ variable: 'InputValue_1', name: 'revpi_input_millivolts', unit: 'millivolts' }],
            },
          ],
        },
        'test',
      ),
      { logger: pino({ level: 'silent' }) },
    );
    try {
      const get = (topic: string, family: string) =>
        waitFor(topic, 10_000, () => {
          const m = broker.messages.find((x) => x.topic === topic);
          return m
            ? parse(m.payload, { format: 'openmetrics' }).families.find((f) => f.name === family)
            : undefined;
        });
      const plc = await get('acme/berlin/assembly/line1/plc1/metrics', 'plc_value');
      assert.deepEqual(
        plc.samples.map((s) => [s.labels.find((l) => l.name === 'var')?.value, s.value]),
        [
          ['T', 21.5],
          ['P', 3.25],
        ],
      );
      assert.ok(plc.samples[0]!.labels.some((l) => l.name === 'machine' && l.value === 'press3'));
      const pi = await get('acme/berlin/assembly/line1/revpi1/metrics', 'revpi_input_millivolts');
      assert.equal(pi.samples[0]!.value, 1234);
    } finally {
      await agent.close();
      await broker.stop();
      await new Promise<void>((r) => http.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
