import type { FastifyReply, FastifyRequest } from 'fastify'
import { ApiError } from './errors'

// Optimistic locking, one way for every versioned record (entries, 任务分解, documents): a reply's ETag is the
// record's version, a write names the version it is based on in If-Match, and a stale one gets 409 with what is there.

/** `"3"`, `W/"3"` or `3` → 3; absent → undefined */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())
  if (!m) throw new ApiError(400, 'bad_if_match', 'If-Match 应为记录的版本号，如 "3"')
  return Number(m[1])
}

/** The version the request's write is based on, from its If-Match header */
export const ifMatchOf = (req: FastifyRequest): number | undefined => parseIfMatch(req.headers['if-match'])

/** The record as the reply, its version as the ETag the next write names in If-Match */
export function sendVersioned<T extends { version: number }>(reply: FastifyReply, record: T): T {
  reply.header('ETag', `"${record.version}"`)
  return record
}

/** Refuses a write based on another version than the stored one (0 when none is stored yet), with what is stored */
export function assertCurrentVersion(
  ifMatch: number | undefined,
  stored: number,
  message: string,
  current: () => unknown,
): void {
  if (ifMatch !== undefined && ifMatch !== stored)
    throw new ApiError(409, 'version_conflict', message, { current: current() })
}
