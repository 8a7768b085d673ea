import { randomUUID } from 'node:crypto'
import { unitsOf, type Assignment } from '@/monitoring/responsibility'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import type { UserView } from './users'
import type { Db } from './database'
import type { EntryRow, ReviewStatus } from './tables'
import { appendEvent } from './events'
import { ApiError, forbidden, notFound } from '../errors'
import { assertCurrentVersion } from '../versions'

// Entries with a version and a review state; every write takes the write lock and appends its event.

export type Draft = Omit<ProgressEntry, 'id' | 'recordedAt'>

export type EntryRecord = ProgressEntry & {
  version: number
  review: { status: ReviewStatus; reason: string | null; by: string | null; at: string | null }
  recordedBy: string | null
}

export function entryView(row: EntryRow): EntryRecord {
  const body = progressEntrySchema.parse(row.body)
  return {
    ...body,
    version: row.version,
    review: {
      status: row.review_status,
      reason: row.review_reason,
      by: row.reviewed_by,
      at: row.reviewed_at ? row.reviewed_at.toISOString() : null,
    },
    recordedBy: row.recorded_by,
  }
}

export async function listEntries(db: Db, filter: { itemId?: string; status?: ReviewStatus }) {
  let q = db.selectFrom('entries').selectAll().where('deleted', '=', false)
  if (filter.itemId) q = q.where('target_id', '=', filter.itemId)
  if (filter.status) q = q.where('review_status', '=', filter.status)
  const rows = await q.orderBy('target_id').orderBy('created_at').orderBy('id').execute()
  return rows.map(entryView)
}

export async function findEntry(db: Db, id: string) {
  return db
    .selectFrom('entries')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', false)
    .executeTakeFirst()
}

// Row lock: a second edit of the same entry waits, then sees the first one's version (and gets its 409).
const lockEntry = (trx: Db, id: string) =>
  trx
    .selectFrom('entries')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', false)
    .forUpdate()
    .executeTakeFirst()

export async function assignmentOf(db: Db, itemId: string): Promise<Assignment | undefined> {
  const row = await db
    .selectFrom('assignments')
    .select('body')
    .where('item_id', '=', itemId)
    .executeTakeFirst()
  return row?.body as Assignment | undefined
}

/** A reporter writes only for items its unit leads or partners in; the 督查室 writes for all; leaders never */
export async function assertMayRecord(db: Db, user: UserView, itemId: string): Promise<void> {
  if (user.role === 'admin') return
  if (user.role !== 'reporter') throw forbidden('领导账号只能查看和批示，不能填报')
  const assignment = await assignmentOf(db, itemId)
  if (!assignment) throw forbidden('该事项尚未分解到单位，暂不能填报')
  if (!user.unit || !unitsOf(assignment).includes(user.unit))
    throw forbidden(`该事项不由${user.unit ?? '本账号单位'}负责，不能填报`)
}

function reviewAfterWrite(user: UserView) {
  // The 督查室's own writes need no review; a unit's writes wait for it.
  const approved = user.role === 'admin'
  return {
    review_status: (approved ? 'approved' : 'pending') as ReviewStatus,
    review_reason: null,
    reviewed_by: approved ? user.login : null,
    reviewed_at: approved ? new Date() : null,
  }
}

export async function createEntry(db: Db, user: UserView, draft: Draft, id?: string): Promise<EntryRecord> {
  return db.transaction().execute(async (trx) => {
    await assertMayRecord(trx, user, draft.targetId)
    const entryId = id ?? randomUUID()
    const body = progressEntrySchema.parse({ ...draft, id: entryId, recordedAt: new Date().toISOString() })
    const row = await trx
      .insertInto('entries')
      .values({
        id: entryId,
        target_id: body.targetId,
        body: JSON.stringify(body),
        version: 1,
        recorded_by: user.login,
        ...reviewAfterWrite(user),
      })
      // A repeated id (a retried request, two tabs) answers 409 with what is there, even when both race.
      .onConflict((c) => c.column('id').doNothing())
      .returningAll()
      .executeTakeFirst()
    if (!row) {
      const existing = await trx
        .selectFrom('entries')
        .selectAll()
        .where('id', '=', entryId)
        .executeTakeFirstOrThrow()
      throw new ApiError(409, 'entry_exists', '已有相同编号的记录', {
        current: existing.deleted ? null : entryView(existing),
      })
    }
    const view = entryView(row)
    await appendEvent(trx, {
      actor: user.login,
      kind: 'entry.created',
      itemId: body.targetId,
      subject: entryId,
      after: view,
    })
    return view
  })
}

async function lockedEntry(trx: Db, id: string, ifMatch: number | undefined) {
  const row = await lockEntry(trx, id)
  if (!row) throw notFound('这条记录')
  assertCurrentVersion(ifMatch, row.version, '这条记录已被他人修改，请比较两个版本后再保存', () =>
    entryView(row),
  )
  return row
}

export async function updateEntry(
  db: Db,
  user: UserView,
  id: string,
  ifMatch: number,
  draft: Draft,
): Promise<EntryRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await lockedEntry(trx, id, ifMatch)
    await assertMayRecord(trx, user, row.target_id)
    if (draft.targetId !== row.target_id) await assertMayRecord(trx, user, draft.targetId)
    const before = entryView(row)
    const body = progressEntrySchema.parse({ ...draft, id, recordedAt: new Date().toISOString() })
    const updated = await trx
      .updateTable('entries')
      .set({
        target_id: body.targetId,
        body: JSON.stringify(body),
        version: row.version + 1,
        recorded_by: user.login,
        updated_at: new Date(),
        ...reviewAfterWrite(user),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
    const after = entryView(updated)
    await appendEvent(trx, {
      actor: user.login,
      kind: 'entry.updated',
      itemId: body.targetId,
      subject: id,
      before,
      after,
    })
    return after
  })
}

export async function deleteEntry(db: Db, user: UserView, id: string, ifMatch?: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockedEntry(trx, id, ifMatch)
    await assertMayRecord(trx, user, row.target_id)
    if (user.role !== 'admin' && row.review_status === 'approved')
      throw forbidden('已通过审核的记录只能由督查室删除')
    await trx
      .updateTable('entries')
      .set({ deleted: true, version: row.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .execute()
    await appendEvent(trx, {
      actor: user.login,
      kind: 'entry.deleted',
      itemId: row.target_id,
      subject: id,
      before: entryView(row),
    })
  })
}

export async function reviewEntry(
  db: Db,
  user: UserView,
  id: string,
  decision: { decision: 'approve' | 'return'; reason?: string | undefined },
  ifMatch?: number,
): Promise<EntryRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await lockedEntry(trx, id, ifMatch)
    const reason = decision.reason?.trim() ?? ''
    if (decision.decision === 'return' && !reason)
      throw new ApiError(400, 'reason_required', '退回时请写明理由，填报单位会看到它')
    const updated = await trx
      .updateTable('entries')
      .set({
        review_status: decision.decision === 'approve' ? 'approved' : 'returned',
        review_reason: reason || null,
        reviewed_by: user.login,
        reviewed_at: new Date(),
        version: row.version + 1,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
    const before = entryView(row)
    const after = entryView(updated)
    await appendEvent(trx, {
      actor: user.login,
      kind: 'entry.reviewed',
      itemId: row.target_id,
      subject: id,
      before,
      after,
    })
    return after
  })
}
