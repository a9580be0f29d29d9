/**
 * The Prometheus remote read 1.0 wire format (SAMPLES response type), for stores without
 * VictoriaMetrics' `/api/v1/export` (Prometheus, Mimir, Thanos). Request: snappy-compressed
 * `prometheus.ReadRequest` { queries = 1: Query { start_timestamp_ms = 1, end_timestamp_ms = 2,
 * matchers = 3: LabelMatcher { type = 1 (EQ 0, NEQ 1, RE 2, NRE 3), name = 2, value = 3 } } }.
 * Response: snappy-compressed `ReadResponse` { results = 1: QueryResult { timeseries = 1 } }, where
 * a QueryResult has the same layout as a WriteRequest, so its series go through the remote_write
 * decoder. Unknown fields are skipped by wire type.
 */
import type { Matcher } from '@sensorpath/storage';
import { decodeWriteRequest, ProtoError, type WriteSeries } from '../receive/remote-write-proto.ts';

const MATCH_TYPE: Record<Matcher['type'], number> = { '=': 0, '!=': 1, '=~': 2, '!~': 3 };

export interface ReadQuery {
  start: number;
  end: number;
  matchers: readonly Matcher[];
}

/** Encodes a ReadRequest (uncompressed protobuf) asking for SAMPLES. */
export function encodeReadRequest(queries: readonly ReadQuery[]): Uint8Array {
  const out: number[] = [];
  for (const q of queries) {
    const body: number[] = [];
    body.push(0x08);
    varint(body, q.start);
    body.push(0x10);
    varint(body, q.end);
    for (const m of q.matchers) {
      const mb: number[] = [0x08];
      varint(mb, MATCH_TYPE[m.type]);
      str(mb, 0x12, m.name);
      str(mb, 0x1a, m.value);
      lenDelim(body, 0x1a, mb);
    }
    lenDelim(out, 0x0a, body);
  }
  // accepted_response_types = [SAMPLES (0)]
  out.push(0x10, 0x00);
  return Uint8Array.from(out);
}

/** Decodes a ReadResponse into one list of series per query. */
export function decodeReadResponse(buf: Uint8Array): WriteSeries[][] {
  const results: WriteSeries[][] = [];
  let pos = 0;
  const readVarint = (): number => {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= buf.length) throw new ProtoError(`truncated varint at byte ${pos}`);
      const b = buf[pos++]!;
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
    throw new ProtoError(`varint longer than 10 bytes at byte ${pos}`);
  };
  while (pos < buf.length) {
    const tag = readVarint();
    const wire = tag & 7;
    if (wire === 2) {
      const len = readVarint();
      if (pos + len > buf.length) throw new ProtoError(`length ${len} at byte ${pos} runs past the end`);
      if (tag >>> 3 === 1) results.push(decodeWriteRequest(buf.subarray(pos, pos + len)));
      pos += len;
    } else if (wire === 0) readVarint();
    else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new ProtoError(`unsupported wire type ${wire} at byte ${pos}`);
  }
  return results;
}

function varint(out: number[], v: number): void {
  let n = BigInt.asUintN(64, BigInt(v));
  while (n >= 128n) {
    out.push(Number(n & 0x7fn) | 0x80);
    n >>= 7n;
  }
  out.push(Number(n));
}

function lenDelim(out: number[], tag: number, body: number[]): void {
  out.push(tag);
  varint(out, body.length);
  for (const b of body) out.push(b);
}

function str(out: number[], tag: number, s: string): void {
  lenDelim(out, tag, [...Buffer.from(s, 'utf8')]);
}
