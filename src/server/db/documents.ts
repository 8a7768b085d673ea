import type { Db } from './database'
import type { UserView } from './users'
import { appendEvent, lockWrites } from './events'
import { assertFree, checkedDocument } from '../document-rules'
import { notFound } from '../errors'
import { assertCurrentVersion } from '../versions'

// Keyed JSON documents (issued 通报 snapshots, cycle settings): versioned, and every save is an event.

export type DocumentView = {
  key: string
  body: unknown
  version: number
  updatedAt: string
  updatedBy: string | null
}

const likePrefix = (prefix: string) => prefix.replace(/[\\%_]/g, (c) => `\\${c}`)

export async function listDocuments(db: Db, prefix: string, withBodies: boolean) {
  const rows = await db
    .selectFrom('documents')
    .select(['key', 'version', 'updated_at', 'updated_by', 'body'])
    .where('key', 'like', `${likePrefix(prefix)}%`)
    .orderBy('key')
    .execute()
  return rows.map((r) => ({
    key: r.key,
    ...(withBodies && { body: r.body }),
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  }))
}

/** The stored bodies under a key prefix, but the one under `except` */
async function bodiesUnder(db: Db, prefix: string, except: string): Promise<unknown[]> {
  const rows = await db
    .selectFrom('documents')
    .select('body')
    .where('key', 'like', `${likePrefix(prefix)}%`)
    .where('key', '!=', except)
    .execute()
  return rows.map((r) => r.body)
}

export async function getDocument(db: Db, key: string): Promise<DocumentView> {
  const r = await db.selectFrom('documents').selectAll().where('key', '=', key).executeTakeFirst()
  if (!r) throw notFound(`文档“${key}”`)
  return {
    key,
    body: r.body,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    updatedBy: r.updated_by,
  }
}

export async function putDocument(
  db: Db,
  user: UserView,
  key: string,
  body: unknown,
  ifMatch?: number,
): Promise<DocumentView> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const row = await trx.selectFrom('documents').selectAll().where('key', '=', key).executeTakeFirst()
    const current = row ? { key, body: row.body, version: row.version } : null
    body = checkedDocument(key, body, Boolean(row), current)
    if (!row) await assertFree(key, body, (prefix) => bodiesUnder(trx, prefix, key))
    assertCurrentVersion(ifMatch, row?.version ?? 0, '该文档已被他人修改，请刷新后再保存', () => current)
    const version = (row?.version ?? 0) + 1
    const now = new Date()
    const values = { body: JSON.stringify(body), version, updated_at: now, updated_by: user.login }
    if (row) await trx.updateTable('documents').set(values).where('key', '=', key).execute()
    else
      await trx
        .insertInto('documents')
        .values({ key, ...values })
        .execute()
    await appendEvent(trx, {
      actor: user.login,
      kind: 'document.saved',
      subject: key,
      before: row?.body,
      after: body,
    })
    return { key, body, version, updatedAt: now.toISOString(), updatedBy: user.login }
  })
}
