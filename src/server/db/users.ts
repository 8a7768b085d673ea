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
