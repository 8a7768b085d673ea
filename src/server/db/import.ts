import { randomUUID } from 'node:crypto'
import { planImport, type ImportPlan } from '@/data/exchange/plan'
import { readExchangeFile } from '@/data/exchange/read'
import type { ImportProblem, ItemsById } from '@/data/exchange/draft'
import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import type { Db } from './database'
import type { UserView } from './users'
import { appendEvent, lockWrites } from './events'
import { entryView } from './entries'

// Moving in: a browser's JSON backup read by the app's own reader and planned by its own planner, then applied
// in one transaction, so a crash mid-import leaves nothing half-done.

export type ImportOutcome = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] }

async function currentEntries(db: Db): Promise<ProgressEntry[]> {
  const rows = await db.selectFrom('entries').selectAll().where('deleted', '=', false).execute()
  return rows.map((r) => progressEntrySchema.parse(r.body))
}

function plan(db: Db, file: unknown, items: ItemsById): Promise<ImportOutcome> {
  const bytes = new TextEncoder().encode(JSON.stringify(file))
  const read = readExchangeFile('backup.json', bytes, items)
  if (!read.ok) return Promise.resolve({ ok: false, problems: read.problems })
  return currentEntries(db).then((existing) => ({
    ok: true,
    plan: planImport(read.rows, existing, { now: new Date().toISOString(), newId: randomUUID }),
  }))
}

export const previewImport = plan

export async function applyImport(
  db: Db,
  user: UserView,
  file: unknown,
  items: ItemsById,
): Promise<ImportOutcome> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const outcome = await plan(trx, file, items)
    if (!outcome.ok) return outcome
    const { added, changed, unchanged } = outcome.plan
    const review = {
      review_status: 'approved' as const,
      reviewed_by: user.login,
      reviewed_at: new Date(),
      review_reason: null,
    }
    for (const entry of added) {
      const gone = await trx
        .selectFrom('entries')
        .select('version')
        .where('id', '=', entry.id)
        .executeTakeFirst()
      const values = {
        target_id: entry.targetId,
        body: JSON.stringify(entry),
        recorded_by: user.login,
        deleted: false,
        ...review,
      }
      const row = gone
        ? await trx
            .updateTable('entries')
            .set({ ...values, version: gone.version + 1, updated_at: new Date() })
            .where('id', '=', entry.id)
            .returningAll()
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto('entries')
            .values({ id: entry.id, version: 1, ...values })
            .returningAll()
            .executeTakeFirstOrThrow()
      await appendEvent(trx, {
        actor: user.login,
        kind: 'entry.created',
        itemId: entry.targetId,
        subject: entry.id,
        after: entryView(row),
      })
    }
    for (const { before, after } of changed) {
      const old = await trx
        .selectFrom('entries')
        .selectAll()
        .where('id', '=', before.id)
        .executeTakeFirstOrThrow()
      const row = await trx
        .updateTable('entries')
        .set({
          target_id: after.targetId,
          body: JSON.stringify(after),
          version: old.version + 1,
          updated_at: new Date(),
          recorded_by: user.login,
          ...review,
        })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow()
      await appendEvent(trx, {
        actor: user.login,
        kind: 'entry.updated',
        itemId: after.targetId,
        subject: after.id,
        before: entryView(old),
        after: entryView(row),
      })
    }
    await appendEvent(trx, {
      actor: user.login,
      kind: 'import.applied',
      after: { added: added.length, changed: changed.length, unchanged },
    })
    return outcome
  })
}
