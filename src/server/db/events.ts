import { sql } from 'kysely'
import type { Db } from './database'
import type { EventRow } from './tables'

// The append-only 台账: one row per change, written in the same transaction as the change itself.

export type EventInput = {
  actor: string
  kind: string
  itemId?: string | null
  subject?: string | null
  before?: unknown
  after?: unknown
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v))

/**
 * The event lock: held from a transaction's first event to its commit, so event ids are handed out in commit
 * order and a change feed reading `id > since` never skips an event committed late. Taken early by writes that
 * read a whole list before changing it (renames, imports, restores), so two of them never interleave.
 */
export async function lockWrites(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(4213)`.execute(trx)
}

/** Appends under the event lock (re-entrant: a transaction that holds it already just goes on) */
export async function appendEvent(trx: Db, e: EventInput): Promise<number> {
  await lockWrites(trx)
  const row = await trx
    .insertInto('events')
    .values({
      actor: e.actor,
      kind: e.kind,
      item_id: e.itemId ?? null,
      subject: e.subject ?? null,
      before: json(e.before),
      after: json(e.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type EventView = {
  id: number
  at: string
  actor: string
  kind: string
  itemId: string | null
  subject: string | null
  before: unknown
  after: unknown
}

export const eventView = (r: EventRow): EventView => ({
  id: r.id,
  at: r.at.toISOString(),
  actor: r.actor,
  kind: r.kind,
  itemId: r.item_id,
  subject: r.subject,
  before: r.before ?? null,
  after: r.after ?? null,
})

export async function itemHistory(db: Db, itemId: string): Promise<EventView[]> {
  const rows = await db.selectFrom('events').selectAll().where('item_id', '=', itemId).orderBy('id').execute()
  return rows.map(eventView)
}

export async function eventsSince(db: Db, since: number, limit: number): Promise<EventView[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('id', '>', since)
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map(eventView)
}

export async function lastEventId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  return row?.id ?? 0
}
