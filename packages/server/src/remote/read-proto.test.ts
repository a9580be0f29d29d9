/**
 * Remote read wire format: a ReadResponse built from WriteRequest-shaped QueryResults decodes to
 * one series list per query; a ReadRequest carries the range, the matchers with their types and
 * asks for SAMPLES; truncated input fails with a ProtoError naming the byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newMatcher } from '@sensorpath/storage';
import { encodeWriteRequest, ProtoError } from '../receive/remote-write-proto.ts';
import { decodeReadResponse, encodeReadRequest } from './read-proto.ts';

describe('remote read protobuf', () => {
  it('decodes results per query', () => {
    const a = encodeWriteRequest([
      { labels: [{ name: '__name__', value: 'v' }], samples: [{ value: 1.5, timestamp: 1_700_000_000_123 }] },
    ]);
    const b = encodeWriteRequest([]);
    const resp = Uint8Array.from([0x0a, a.length, ...a, 0x0a, b.length, ...b]);
    const out = decodeReadResponse(resp);
    assert.equal(out.length, 2);
    assert.deepEqual(out[0]![0]!.samples, [{ value: 1.5, timestamp: 1_700_000_000_123 }]);
    assert.deepEqual(out[1], []);
    assert.throws(() => decodeReadResponse(resp.subarray(0, 5)), ProtoError);
  });

  it('encodes range, typed matchers and the SAMPLES response type', () => {
    const req = encodeReadRequest([
      {
        start: 1000,
        end: 2000,
        matchers: [newMatcher('=~', 'device', 'm.*'), newMatcher('!=', 'site', 'x')],
      },
    ]);
    const hex = Buffer.from(req).toString('hex');
    assert.ok(hex.startsWith('0a'), 'queries = 1');
    assert.ok(hex.includes('08e807'), 'start_timestamp_ms 1000');
    assert.ok(hex.includes('10d00f'), 'end_timestamp_ms 2000');
    assert.ok(
      hex.includes(`0802${Buffer.from([0x12, 6]).toString('hex')}${Buffer.from('device').toString('hex')}`),
      'RE',
    );
    assert.ok(
      hex.includes(`0801${Buffer.from([0x12, 4]).toString('hex')}${Buffer.from('site').toString('hex')}`),
      'NEQ',
    );
    assert.ok(hex.endsWith('1000'), 'accepted_response_types = [SAMPLES]');
  });
});
