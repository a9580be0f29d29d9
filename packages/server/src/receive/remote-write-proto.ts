/**
 * The Prometheus remote_write 1.0 wire format: a snappy-compressed (block format) protobuf
 * `prometheus.WriteRequest`. Only the fields the receiver stores are decoded
 * (`WriteRequest.timeseries = 1`, `TimeSeries.labels = 1`, `TimeSeries.samples = 2`,
 * `Label.name = 1`, `Label.value = 2`, `Sample.value = 1` (double), `Sample.timestamp = 2` (int64 ms));
 * metadata, exemplars and histograms are skipped by wire type, as protobuf requires of unknown
 * fields. The decoder is a small hand-written reader over the bytes, so a malformed body fails with
 * an offset instead of an exception from deep inside a generic library. The encoder exists for
 * tests and tools that speak remote_write to us.
 */

export interface WriteSeries {
  labels: { name: string; value: string }[];
  samples: { value: number; timestamp: number }[];
}

export class ProtoError extends Error {
  readonly code = 'RECEIVE_BAD_PROTOBUF';
}

class Reader {
  pos = 0;
  constructor(
    readonly buf: Uint8Array,
    readonly end = buf.length,
  ) {}

  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoError(`truncated varint at byte ${this.pos}`);
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
    throw new ProtoError(`varint longer than 10 bytes at byte ${this.pos}`);
  }

  /** int64 as a JS number (ms timestamps fit well within 2^53); negatives are ten-byte two's complement. */
  int64(): number {
    const start = this.pos;
    const v = this.varint();
    if (v < 2 ** 53) return v;
    let big = 0n;
    for (let i = this.pos - 1; i >= start; i--) big = (big << 7n) | BigInt(this.buf[i]! & 0x7f);
    return Number(BigInt.asIntN(64, big));
  }

  double(): number {
    if (this.pos + 8 > this.end) throw new ProtoError(`truncated double at byte ${this.pos}`);
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0, true);
    this.pos += 8;
    return v;
  }

  sub(): Reader {
    const len = this.varint();
    if (this.pos + len > this.end)
      throw new ProtoError(`length ${len} at byte ${this.pos} runs past the end`);
    const r = new Reader(this.buf, this.pos + len);
    r.pos = this.pos;
    this.pos += len;
    return r;
  }

  string(): string {
    const r = this.sub();
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + r.pos, r.end - r.pos).toString('utf8');
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.sub();
    else if (wire === 5) this.pos += 4;
    else throw new ProtoError(`unsupported wire type ${wire} at byte ${this.pos}`);
    if (this.pos > this.end) throw new ProtoError('field runs past the end');
  }

  get more(): boolean {
    return this.pos < this.end;
  }
}

export function decodeWriteRequest(buf: Uint8Array): WriteSeries[] {
  const r = new Reader(buf);
  const out: WriteSeries[] = [];
  while (r.more) {
    const tag = r.varint();
    if (tag >>> 3 === 1 && (tag & 7) === 2) out.push(decodeSeries(r.sub()));
    else r.skip(tag & 7);
  }
  return out;
}

function decodeSeries(r: Reader): WriteSeries {
  const s: WriteSeries = { labels: [], samples: [] };
  while (r.more) {
    const tag = r.varint();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 2) {
      const l = r.sub();
      let name = '';
      let value = '';
      while (l.more) {
        const t = l.varint();
        if (t === 0x0a) name = l.string();
        else if (t === 0x12) value = l.string();
        else l.skip(t & 7);
      }
      s.labels.push({ name, value });
    } else if (field === 2 && (tag & 7) === 2) {
      const m = r.sub();
      let value = 0;
      let timestamp = 0;
      while (m.more) {
        const t = m.varint();
        if (t === 0x09) value = m.double();
        else if (t === 0x10) timestamp = m.int64();
        else m.skip(t & 7);
      }
      s.samples.push({ value, timestamp });
    } else r.skip(tag & 7);
  }
  return s;
}

/** Encodes a WriteRequest (uncompressed protobuf). */
export function encodeWriteRequest(series: WriteSeries[]): Uint8Array {
  const bytes: number[] = [];
  const varint = (out: number[], v: number) => {
    let n = BigInt.asUintN(64, BigInt(v));
    while (n >= 128n) {
      out.push(Number(n & 0x7fn) | 0x80);
      n >>= 7n;
    }
    out.push(Number(n));
  };
  const lenDelim = (out: number[], tag: number, body: number[]) => {
    out.push(tag);
    varint(out, body.length);
    for (const b of body) out.push(b);
  };
  const str = (out: number[], tag: number, s: string) => lenDelim(out, tag, [...Buffer.from(s, 'utf8')]);
  for (const s of series) {
    const ts: number[] = [];
    for (const l of s.labels) {
      const lb: number[] = [];
      str(lb, 0x0a, l.name);
      str(lb, 0x12, l.value);
      lenDelim(ts, 0x0a, lb);
    }
    for (const m of s.samples) {
      const sb: number[] = [0x09];
      const d = Buffer.alloc(8);
      d.writeDoubleLE(m.value);
      sb.push(...d);
      sb.push(0x10);
      varint(sb, m.timestamp);
      lenDelim(ts, 0x12, sb);
    }
    lenDelim(bytes, 0x0a, ts);
  }
  return Uint8Array.from(bytes);
}
