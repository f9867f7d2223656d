// gRPC status codes (from @grpc/grpc-js): the client surfaces them on ServiceError causes.
const GrpcStatus = { DEADLINE_EXCEEDED: 4, UNAVAILABLE: 14 } as const;

/** True when an error means the Temporal server could not be reached (maps to HTTP 503). */
export function isTemporalUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { name?: string; code?: number; cause?: unknown; message?: string };
  if (e.name === 'ServiceError' || e.name === 'TransportError') {
    const code = (e.cause as { code?: number } | undefined)?.code ?? e.code;
    if (code === GrpcStatus.UNAVAILABLE || code === GrpcStatus.DEADLINE_EXCEEDED) return true;
    if (e.cause) return isTemporalUnavailable(e.cause);
    return /UNAVAILABLE|ECONNREFUSED|DEADLINE/i.test(e.message ?? '');
  }
  if (e.code === GrpcStatus.UNAVAILABLE || e.code === GrpcStatus.DEADLINE_EXCEEDED) {
    return typeof (e as { details?: unknown }).details === 'string' || /UNAVAILABLE|DEADLINE/i.test(e.message ?? '');
  }
  return false;
}
