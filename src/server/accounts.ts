import type { Db } from './db/database'
import { appendEvent, lockWrites } from './db/events'
import type { Role } from './db/tables'
import { findUser, insertUser, updateUser, type UserView } from './db/users'
import { ApiError, notFound } from './errors'
import { hashPassword, passwordProblem } from './passwords'

// The account rules shared by the API and `npm run user`: a reporter belongs to a unit of the 单位名录.

type NewUser = {
  login: string
  name?: string | undefined
  role: Role
  unit?: string | undefined
  password: string
}
type UserChange = {
  name?: string | undefined
  role?: Role | undefined
  unit?: string | null | undefined
  disabled?: boolean | undefined
  password?: string | undefined
}

const invalid = (message: string) => new ApiError(400, 'invalid_request', message)

async function checkUnit(db: Db, role: Role, unit: string | null | undefined) {
  if (role !== 'reporter') return
  if (!unit) throw invalid('填报员账号须指定单位（--unit）')
  const known = await db.selectFrom('units').select('name').where('name', '=', unit).executeTakeFirst()
  if (!known) throw invalid(`单位名录中没有“${unit}”，请先添加该单位`)
}

export async function addUser(db: Db, u: NewUser, actor: string): Promise<UserView> {
  const problem = passwordProblem(u.password)
  if (problem) throw invalid(problem)
  if (!/^[\p{L}\p{N}._@-]{1,40}$/u.test(u.login))
    throw invalid('账号只能由文字、数字和 . _ @ - 组成，最多40个字')
  await checkUnit(db, u.role, u.unit)
  const passwordHash = await hashPassword(u.password)
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    if (await findUser(trx, u.login)) throw new ApiError(409, 'user_exists', `账号“${u.login}”已存在`)
    const user = await insertUser(trx, {
      login: u.login,
      ...(u.name && { name: u.name }),
      role: u.role,
      unit: u.role === 'reporter' ? (u.unit ?? null) : (u.unit ?? null),
      passwordHash,
    })
    await appendEvent(trx, { actor, kind: 'user.created', subject: u.login, after: user })
    return user
  })
}

export async function changeUser(
  db: Db,
  login: string,
  change: UserChange,
  actor: string,
): Promise<UserView> {
  if (change.password !== undefined) {
    const problem = passwordProblem(change.password)
    if (problem) throw invalid(problem)
  }
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password)
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const before = await findUser(trx, login)
    if (!before) throw notFound(`账号“${login}”`)
    await checkUnit(trx, change.role ?? before.role, change.unit === undefined ? before.unit : change.unit)
    const after = await updateUser(trx, login, {
      ...(change.name !== undefined && { name: change.name }),
      ...(change.role && { role: change.role }),
      ...(change.unit !== undefined && { unit: change.unit }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
      ...(passwordHash && { passwordHash }),
    })
    // The event records what changed, never the password or its hash.
    await appendEvent(trx, {
      actor,
      kind: 'user.updated',
      subject: login,
      before: { role: before.role, unit: before.unit, disabled: before.disabled },
      after: { ...after, passwordChanged: passwordHash !== undefined },
    })
    return after!
  })
}
