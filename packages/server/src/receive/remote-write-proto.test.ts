/**
 * The remote_write codec: encode → snappy → decode round-trips labels, values (including NaN and
 * infinities) and int64 timestamps; unknown fields are skipped; truncated or garbage bodies fail
 * with an offset, not an exception from somewhere deep.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compress, uncompress } from 'snappyjs';
import {
  decodeWriteRequest,
  encodeWriteRequest,
  ProtoError,
  type WriteSeries,
} from './remote-write-proto.ts';

describe('remote_write protobuf', () => {
  const series: WriteSeries[] = [
    {
      labels: [
        { name: '__name__', value: 'meter_voltage_volts' },
        { name: 'phase', value: 'L1 ü' },
      ],
      samples: [
        { value: 230.4, timestamp: 1764282000123 },
        { value: Number.POSITIVE_INFINITY, timestamp: 1764282001123 },
        { value: -0.5, timestamp: -1000 },
      ],
    },
    { labels: [{ name: '__name__', value: 'up' }], samples: [{ value: 1, timestamp: 0 }] },
  ];

  it('round-trips through snappy', () => {
    const wire = compress(encodeWriteRequest(series));
    assert.deepEqual(decodeWriteRequest(uncompress(wire)), series);
  });

  it('skips unknown fields (metadata, exemplars)', () => {
    const body = encodeWriteRequest(series);
    // WriteRequest.metadata = 3 (length-delimited) and an unknown varint field 15.
    const extra = Uint8Array.from([0x1a, 0x02, 0x08, 0x01, 0x78, 0x05]);
    const withExtra = new Uint8Array(body.length + extra.length);
    withExtra.set(extra, 0);
    withExtra.set(body, extra.length);
    assert.deepEqual(decodeWriteRequest(withExtra), series);
  });

  it('refuses truncated and malformed bodies with a position', () => {
    const body = encodeWriteRequest(series);
    assert.throws(() => decodeWriteRequest(body.subarray(0, body.length - 3)), ProtoError);
    assert.throws(
      () => decodeWriteRequest(Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x0f])),
      /runs past the end/,
    );
    assert.throws(() => decodeWriteRequest(Uint8Array.from([0x0b])), /wire type 3/);
  });
});
