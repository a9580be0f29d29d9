/** Sensor path parsing: valid paths, each kind of invalid segment, and topic round trips. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSensorPath, parseSensorPath, parseTopic, topicFor } from './sensor-path.ts';

describe('sensor path', () => {
  it('parses five segments into the ISA-95 levels', () => {
    const p = parseSensorPath('acme/berlin/assembly/line1/meter1');
    assert.deepEqual(p, {
      enterprise: 'acme',
      site: 'berlin',
      area: 'assembly',
      line: 'line1',
      device: 'meter1',
    });
    assert.equal(formatSensorPath(p), 'acme/berlin/assembly/line1/meter1');
    assert.equal(topicFor(p, 'metrics'), 'acme/berlin/assembly/line1/meter1/metrics');
  });
  it('names the segment count when it is wrong', () => {
    assert.throws(() => parseSensorPath('acme/berlin'), /has 2 segment\(s\); it needs exactly 5/);
  });
  it('names the bad level and value', () => {
    assert.throws(() => parseSensorPath('acme/ber lin/a/l/d'), /site="ber lin" is invalid/);
    assert.throws(() => parseSensorPath('acme/#/a/l/d'), /site="#" is invalid/);
    assert.throws(() => parseSensorPath('acme//a/l/d'), /site="" is invalid/);
  });
  it('parses topics and ignores foreign ones', () => {
    assert.deepEqual(parseTopic('a/b/c/d/e/metrics')?.kind, 'metrics');
    assert.equal(parseTopic('a/b/c/d/e/other'), undefined);
    assert.equal(parseTopic('$SYS/broker/uptime'), undefined);
    assert.equal(parseTopic('a/b/c/metrics'), undefined);
  });
});
