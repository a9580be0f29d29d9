/**
 * The non-Modbus inputs against real servers started in the test: HTTP/XML from a local node:http
 * server serving Wago-style XML (ISO-8859-1, basic auth), the Revolution Pi process image from a
 * plain 4096-byte file laid out by a sample PiCtory configuration, and OPC UA monitored items from a
 * node-opcua OPCUAServer on a free port.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import { HttpXmlSource } from './http-xml.ts';
import { OpcuaSource } from './opcua.ts';
import { PROCESS_IMAGE_BYTES, RevpiSource, readPictoryConfig } from './revpi.ts';
import { compileXPath, evaluateXPath, parseXml, selectElements } from './xpath.ts';

const PICTORY = fileURLToPath(new URL('../testdata/revpi/config.rsc', import.meta.url));
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'sp-inputs-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const WAGO_XML = `<?xml version="1.0" encoding="ISO-8859-1"?>
<plc name="750-8212" location="Halle Süd">
  <variablelist>
    <variable name="T_Oven" unit="°C"><value>182.5</value></variable>
    <variable name="T_Hall"><value>21.25</value></variable>
    <variable name="Counter"><value>4711</value></variable>
  </variablelist>
  <status ok="1" cycle="12"/>
</plc>`;

describe('XPath subset', () => {
  let doc: Awaited<ReturnType<typeof parseXml>>;
  const q = (p: string) => evaluateXPath(doc, compileXPath(p));
  it('selects by attribute, position, descendant, attribute value and text()', async () => {
    doc = await parseXml(WAGO_XML);
    assert.deepEqual(q('/plc/variablelist/variable[@name="T_Oven"]/value'), ['182.5']);
    assert.deepEqual(q('//variable[2]/value/text()'), ['21.25']);
    assert.deepEqual(q('//variable/value'), ['182.5', '21.25', '4711']);
    assert.deepEqual(q('/plc/status/@cycle'), ['12']);
    assert.deepEqual(q("//variable[@name='Counter']"), ['']);
    assert.deepEqual(q('/plc/*/variable[@name="T_Hall"]/value'), ['21.25']);
    assert.deepEqual(q('//nothing'), []);
    const oven = selectElements(doc, compileXPath('//variable[@name="T_Oven"]'))[0]!;
    assert.deepEqual(evaluateXPath(oven, compileXPath('@unit', true)), ['°C']);
    assert.deepEqual(evaluateXPath(oven, compileXPath('value', true)), ['182.5']);
  });
  it('refuses what it does not understand, saying what', () => {
    assert.throws(() => compileXPath('plc/x'), /start the path with \/ or \/\//);
    assert.throws(() => compileXPath('/plc/x[contains(., "a")]'), /predicate/);
  });
});

describe('HTTP/XML input', () => {
  it('maps PLC values from an XML document served over HTTP', async () => {
    let auth = '';
    const server = createServer((req, res) => {
      auth = req.headers.authorization ?? '';
      res.writeHead(200, { 'content-type': 'text/xml; charset=ISO-8859-1' });
      res.end(Buffer.from(WAGO_XML, 'latin1'));
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    try {
      const src = new HttpXmlSource({
        device: 'plc1',
        url: `http://127.0.0.1:${port}/values.xml`,
        method: 'GET',
        username: 'admin',
        password: 'wago',
        interval: 1000,
        timeout: 2000,
        metrics: [
          {
            name: 'plc_temperature_celsius',
            type: 'gauge',
            unit: 'celsius',
            path: '//variable[@name="T_Oven"]/value',
            scale: 1,
            labels: { zone: 'oven' },
          },
          {
            name: 'plc_temperature_celsius',
            type: 'gauge',
            unit: 'celsius',
            path: '//variable[@name="T_Hall"]/value',
            scale: 1,
            labels: { zone: 'hall' },
          },
          { name: 'plc_parts', type: 'counter', path: '//variable[@name="Counter"]/value', scale: 1 },
          {
            name: 'plc_value',
            type: 'gauge',
            each: '/plc/variablelist/variable',
            path: 'value',
            labelsFrom: { variable: '@name', unit: '@unit' },
            scale: 1,
          },
          { name: 'plc_missing', type: 'gauge', path: '//variable[@name="Nope"]/value', scale: 1 },
        ],
      });
      const r = await src.poll();
      assert.deepEqual(
        r.samples.map((s) => [s.metric, s.labels.zone ?? '', s.value]),
        [
          ['plc_temperature_celsius', 'oven', 182.5],
          ['plc_temperature_celsius', 'hall', 21.25],
          ['plc_parts', '', 4711],
          ['plc_value', '', 182.5],
          ['plc_value', '', 21.25],
          ['plc_value', '', 4711],
        ],
      );
      assert.deepEqual(
        r.samples.filter((s) => s.metric === 'plc_value').map((s) => s.labels),
        [{ variable: 'T_Oven', unit: '°C' }, { variable: 'T_Hall' }, { variable: 'Counter' }],
      );
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0]!.message, /Nope.*no match/);
      assert.equal(auth, `Basic ${Buffer.from('admin:wago').toString('base64')}`);
      assert.deepEqual(
        src.metrics.map((m) => m.name),
        ['plc_temperature_celsius', 'plc_parts', 'plc_value', 'plc_missing'],
      );
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('reports an unreachable endpoint as an error, not a throw', async () => {
    const src = new HttpXmlSource({
      device: 'plc1',
      url: `http://127.0.0.1:${await freePort()}/`,
      method: 'GET',
      interval: 1000,
      timeout: 500,
      metrics: [{ name: 'x', type: 'gauge', path: '/a', scale: 1 }],
    });
    const r = await src.poll();
    assert.equal(r.samples.length, 0);
    assert.equal(r.errors[0]?.code, 'INPUT_FAILED');
  });
});

describe('Revolution Pi process image', () => {
  it('reads variables at PiCtory offsets: little-endian, unaligned, bits', async () => {
    const vars = readPictoryConfig(PICTORY);
    assert.deepEqual(vars.get('InputValue_1'), {
      name: 'InputValue_1',
      address: 11,
      bitLength: 16,
      bitPosition: 0,
    });
    assert.equal(vars.get('Counter_1')?.address, 31);
    assert.equal(vars.get('I_2')?.bitPosition, 1);
    const image = Buffer.alloc(PROCESS_IMAGE_BYTES);
    image.writeUInt16LE(4321, 11); // InputValue_1 (unaligned: odd address)
    image.writeInt16LE(-125, 23); // RTDValue_1 = 11 + 12, tenths of a degree
    image.writeUInt32LE(3_000_000_000, 31); // Counter_1
    image[100] = 0b101; // I_1 = 1, I_2 = 0, I_3 = 1
    const file = join(tmp(), 'piControl0');
    writeFileSync(file, image);
    const src = new RevpiSource(
      {
        device: 'revpi1',
        config: PICTORY,
        image: file,
        interval: 1000,
        values: [
          {
            variable: 'InputValue_1',
            name: 'revpi_input_millivolts',
            type: 'gauge',
            unit: 'millivolts',
            signed: false,
            scale: 1,
          },
          {
            variable: 'RTDValue_1',
            name: 'revpi_temperature_celsius',
            type: 'gauge',
            unit: 'celsius',
            signed: true,
            scale: 0.1,
          },
          { variable: 'Counter_1', name: 'revpi_pulses', type: 'counter', signed: false, scale: 1 },
          {
            variable: 'I_1',
            name: 'revpi_digital_input',
            type: 'gauge',
            signed: false,
            scale: 1,
            labels: { input: 'I_1' },
          },
          {
            variable: 'I_2',
            name: 'revpi_digital_input',
            type: 'gauge',
            signed: false,
            scale: 1,
            labels: { input: 'I_2' },
          },
          {
            variable: 'I_3',
            name: 'revpi_digital_input',
            type: 'gauge',
            signed: false,
            scale: 1,
            labels: { input: 'I_3' },
          },
        ],
      },
      readPictoryConfig,
    );
    const r = await src.poll();
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.samples.map((s) => s.value),
      [4321, -12.5, 3_000_000_000, 1, 0, 1],
    );
  });

  it('names an unknown variable and the known ones', async () => {
    const src = new RevpiSource(
      {
        device: 'revpi1',
        config: PICTORY,
        image: '/nonexistent',
        interval: 1000,
        values: [{ variable: 'NoSuch', name: 'x', type: 'gauge', signed: false, scale: 1 }],
      },
      readPictoryConfig,
    );
    const r = await src.poll();
    assert.match(r.errors[0]!.message, /"NoSuch" is not in .*config\.rsc; known: RevPiStatus/);
  });
});

describe('OPC UA input', () => {
  it('publishes the latest values of monitored items from a node-opcua server', {
    timeout: 60_000,
    // Under qemu (npm run test:arm64) the in-process OPC UA server's certificate set-up alone takes
    // minutes; the arm64 run checks instead that the node-opcua client loads.
    skip: process.env.SENSORPATH_EMULATED ? 'node-opcua server start-up is too slow under emulation' : false,
  }, async () => {
    const ua = await import('node-opcua');
    const dir = tmp();
    const port = await freePort();
    let speed = 1450;
    const server = new ua.OPCUAServer({
      port,
      hostname: '127.0.0.1',
      resourcePath: '/UA/press',
      serverCertificateManager: new ua.OPCUACertificateManager({
        rootFolder: join(dir, 'pki'),
        automaticallyAcceptUnknownCertificate: true,
      }),
      buildInfo: { productName: 'sensorpath-test', buildNumber: '1', buildDate: new Date() },
    });
    await server.initialize();
    const space = server.engine.addressSpace!;
    const ns = space.getOwnNamespace();
    const press = ns.addObject({ organizedBy: space.rootFolder.objects, browseName: 'Press' });
    ns.addVariable({
      componentOf: press,
      nodeId: 's=Speed',
      browseName: 'Speed',
      dataType: 'Double',
      minimumSamplingInterval: 50,
      value: { get: () => new ua.Variant({ dataType: ua.DataType.Double, value: speed }) },
    });
    ns.addVariable({
      componentOf: press,
      nodeId: 's=Running',
      browseName: 'Running',
      dataType: 'Boolean',
      minimumSamplingInterval: 50,
      value: { get: () => new ua.Variant({ dataType: ua.DataType.Boolean, value: true }) },
    });
    await server.start();
    const src = new OpcuaSource(
      {
        device: 'press1',
        endpoint: `opc.tcp://127.0.0.1:${port}/UA/press`,
        interval: 200,
        samplingInterval: 50,
        nodes: [
          { nodeId: 'ns=1;s=Speed', name: 'press_speed_rpm', type: 'gauge', unit: 'rpm', scale: 1 },
          { nodeId: 'ns=1;s=Running', name: 'press_running', type: 'gauge', scale: 1 },
        ],
      },
      { warn: () => {} },
      join(dir, 'pki'),
    );
    try {
      const first = await (async () => {
        const end = Date.now() + 30_000;
        for (;;) {
          const r = await src.poll();
          if (r.samples.length === 2 || Date.now() > end) return r;
          await new Promise((res) => setTimeout(res, 200));
        }
      })();
      assert.deepEqual(
        first.samples.map((s) => [s.metric, s.value]),
        [
          ['press_speed_rpm', 1450],
          ['press_running', 1],
        ],
      );
      speed = 1500;
      const end = Date.now() + 10_000;
      let v = 0;
      while (Date.now() < end && v !== 1500) {
        await new Promise((res) => setTimeout(res, 100));
        v = (await src.poll()).samples[0]?.value ?? 0;
      }
      assert.equal(v, 1500);
    } finally {
      await src.close();
      await server.shutdown(0);
    }
  });
});
