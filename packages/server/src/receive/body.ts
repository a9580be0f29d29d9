/**
 * Reading request bodies under a tenant's payload limit: the body is streamed and the request is
 * refused (LIMIT_PAYLOAD, counted for the tenant) as soon as it grows past the limit, so a huge
 * upload never sits in memory.
 */
import type { IncomingMessage } from 'node:http';
import type { TenantLimiter } from '@sensorpath/auth';

export async function readLimited(
  req: IncomingMessage,
  limiter: TenantLimiter,
  tenant: string,
): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > 0) limiter.checkPayload(tenant, declared);
  const max = limiter.limitsOf(tenant).maxPayloadBytes;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    const b = c as Buffer;
    size += b.length;
    if (max > 0 && size > max) {
      req.resume();
      limiter.checkPayload(tenant, size);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
