import { createHash, randomBytes } from 'node:crypto'
import type { Db } from './database'
import type { Role, UserRow } from './tables'

// Accounts and their sessions. Only a hash of a session token is stored, so a copied database opens no session.

export type UserView = {
  id: number
  login: string
  name: string
  role: Role
  unit: string | null
  disabled: boolean
}

export const userView = (u: UserRow): UserView => ({
  id: u.id,
  login: u.login,
  name: u.display_name ?? u.login,
  role: u.role,
  unit: u.unit,
  disabled: u.disabled,
})

export const findUser = (db: Db, login: string) =>
  db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst()

export async function listUsers(db: Db): Promise<UserView[]> {
  return (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(userView)
}

export async function insertUser(
  db: Db,
  u: { login: string; name?: string; role: Role; unit: string | null; passwordHash: string },
): Promise<UserView> {
  const row = await db
    .insertInto('users')
    .values({
      login: u.login,
      display_name: u.name ?? null,
      role: u.role,
      unit: u.unit,
      password_hash: u.passwordHash,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return userView(row)
}

export async function updateUser(
  db: Db,
  login: string,
  change: { role?: Role; unit?: string | null; name?: string; disabled?: boolean; passwordHash?: string },
): Promise<UserView | undefined> {
  const row = await db
    .updateTable('users')
    .set({
      ...(change.role && { role: change.role }),
      ...(change.unit !== undefined && { unit: change.unit }),
      ...(change.name !== undefined && { display_name: change.name }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
      ...(change.passwordHash && { password_hash: change.passwordHash }),
      updated_at: new Date(),
    })
    .where('login', '=', login)
    .returningAll()
    .executeTakeFirst()
  // A new password or a disabled account ends every open session of it.
  if (row && (change.passwordHash || change.disabled))
    await db.deleteFrom('sessions').where('user_id', '=', row.id).execute()
  return row && userView(row)
}

const SESSION_HOURS = 12
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url')

export async function createSession(db: Db, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url')
  const csrfToken = randomBytes(24).toString('base64url')
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute()
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000),
    })
    .execute()
  return { token, csrfToken }
}

export async function findSession(db: Db, token: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .where('sessions.expires_at', '>', new Date())
    .where('users.disabled', '=', false)
    .executeTakeFirst()
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute()
}

const PLACE = { admin: '督查室', reporter: '', leader: '领导' } as const

/** How a person is named in the 台账记录: 姓名（单位）, the login when the account has no 姓名 */
export const personLabel = (u: Pick<UserRow, 'login' | 'display_name' | 'unit' | 'role'>): string => {
  const place = u.unit ?? PLACE[u.role]
  return `${u.display_name?.trim() || u.login}${place ? `（${place}）` : ''}`
}

/** login → 姓名（单位）, for the accounts named (a login no longer known stays as it is) */
export async function personLabels(db: Db, logins: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(logins)]
  if (!wanted.length) return new Map()
  const rows = await db
    .selectFrom('users')
    .select(['login', 'display_name', 'unit', 'role'])
    .where('login', 'in', wanted)
    .execute()
  return new Map(rows.map((r) => [r.login, personLabel(r)]))
}

/** Entries as the API answers them: who recorded and who reviewed each, named as people */
export async function withNames<T extends { recordedBy: string | null; review: { by: string | null } }>(
  db: Db,
  entries: T[],
) {
  const names = await personLabels(
    db,
    entries.flatMap((e) => [e.recordedBy, e.review.by].filter((l): l is string => l !== null)),
  )
  const name = (login: string | null) => (login === null ? null : (names.get(login) ?? login))
  return entries.map((e) => ({
    ...e,
    recordedByName: name(e.recordedBy),
    review: { ...e.review, byName: name(e.review.by) },
  }))
}

export const withName = async <T extends { recordedBy: string | null; review: { by: string | null } }>(
  db: Db,
  entry: T,
) => (await withNames(db, [entry]))[0]!
