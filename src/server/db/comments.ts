import type { Db } from './database'
import type { UserView } from './users'
import { appendEvent, lockWrites } from './events'

// 批示: a leader's (or the 督查室's) remark on an item, kept for good like every other event.

export type CommentView = { id: number; itemId: string; author: string; text: string; at: string }

export async function listComments(db: Db, itemId?: string): Promise<CommentView[]> {
  let q = db.selectFrom('comments').selectAll()
  if (itemId) q = q.where('item_id', '=', itemId)
  const rows = await q.orderBy('id').execute()
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    author: r.author,
    text: r.text,
    at: r.created_at.toISOString(),
  }))
}

export async function addComment(db: Db, user: UserView, itemId: string, text: string): Promise<CommentView> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const row = await trx
      .insertInto('comments')
      .values({ item_id: itemId, author: user.login, text })
      .returningAll()
      .executeTakeFirstOrThrow()
    const view = { id: row.id, itemId, author: row.author, text: row.text, at: row.created_at.toISOString() }
    await appendEvent(trx, {
      actor: user.login,
      kind: 'comment.added',
      itemId,
      subject: String(row.id),
      after: view,
    })
    return view
  })
}
