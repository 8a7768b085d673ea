import {
  assignmentSchema,
  renameUnit,
  unitNameProblem,
  unitsOf,
  type Assignment,
  type Leader,
  type Unit,
  type UnitKind,
} from '@/monitoring/responsibility'
import type { Db } from './database'
import type { UserView } from './users'
import { appendEvent, lockWrites } from './events'
import { ApiError, notFound } from '../errors'
import { assertCurrentVersion } from '../versions'

// The 单位名录, the 责任领导 and the 任务分解, with the shared rules of src/monitoring/responsibility.ts.

export type AssignmentRecord = Assignment & { version: number }

const invalid = (message: string) => new ApiError(400, 'invalid_request', message)

export async function listUnits(db: Db): Promise<Unit[]> {
  const rows = await db.selectFrom('units').selectAll().orderBy('position').orderBy('name').execute()
  return rows.map((r) => ({ name: r.name, kind: r.kind as UnitKind, retired: r.retired }))
}

export async function listLeaders(db: Db): Promise<Leader[]> {
  const rows = await db.selectFrom('leaders').selectAll().orderBy('position').orderBy('name').execute()
  return rows.map((r) => ({ name: r.name, ...(r.title && { title: r.title }) }))
}

export async function listAssignments(db: Db): Promise<AssignmentRecord[]> {
  const rows = await db.selectFrom('assignments').selectAll().orderBy('item_id').execute()
  return rows.map((r) => ({ ...assignmentSchema.parse(r.body), version: r.version }))
}

export async function createUnit(
  db: Db,
  user: UserView,
  unit: { name: string; kind: UnitKind },
): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const problem = unitNameProblem(await listUnits(trx), unit.name)
    if (problem) throw new ApiError(409, 'unit_exists', problem)
    return unitInserted(trx, user, unit)
  })
}

/** Adds a unit at the end of the 名录, with its event (the caller holds the write lock and checked the name) */
async function unitInserted(trx: Db, user: UserView, unit: { name: string; kind: UnitKind }): Promise<Unit> {
  const count = await trx
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  const name = unit.name.trim()
  await trx
    .insertInto('units')
    .values({ name, kind: unit.kind, position: count?.n ?? 0 })
    .execute()
  const after = { name, kind: unit.kind, retired: false }
  await appendEvent(trx, { actor: user.login, kind: 'unit.created', subject: name, after })
  return after
}

/** A rename changes the name everywhere it is used (assignments, accounts) in one transaction, as one event */
export async function updateUnit(
  db: Db,
  user: UserView,
  name: string,
  change: { name?: string | undefined; kind?: UnitKind | undefined; retired?: boolean | undefined },
): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const units = await listUnits(trx)
    const before = units.find((u) => u.name === name)
    if (!before) throw notFound(`单位“${name}”`)
    let current = before.name
    if (change.name !== undefined && change.name.trim() !== name) {
      const problem = unitNameProblem(units, change.name, name)
      if (problem) throw new ApiError(409, 'unit_exists', problem)
      current = change.name.trim()
      await renameEverywhere(trx, user, name, current, units)
    }
    const fields = {
      ...(change.kind && { kind: change.kind }),
      ...(change.retired !== undefined && { retired: change.retired }),
    }
    if (Object.keys(fields).length)
      await trx.updateTable('units').set(fields).where('name', '=', current).execute()
    const after = {
      ...before,
      name: current,
      ...(change.kind && { kind: change.kind }),
      ...(change.retired !== undefined && { retired: change.retired }),
    }
    await appendEvent(trx, {
      actor: user.login,
      kind: current === name ? 'unit.updated' : 'unit.renamed',
      subject: current,
      before,
      after,
    })
    return after
  })
}

async function renameEverywhere(trx: Db, user: UserView, from: string, to: string, units: Unit[]) {
  const assignments = await listAssignments(trx)
  const renamed = renameUnit({ units, leaders: [], assignments }, from, to)
  await trx.updateTable('units').set({ name: to }).where('name', '=', from).execute()
  await trx.updateTable('users').set({ unit: to }).where('unit', '=', from).execute()
  for (const [i, after] of renamed.assignments.entries()) {
    const before = assignments[i]!
    if (!unitsOf(before).includes(from)) continue
    const { version, ...body } = after
    await trx
      .updateTable('assignments')
      .set({
        body: JSON.stringify(body),
        version: version + 1,
        updated_at: new Date(),
        updated_by: user.login,
      })
      .where('item_id', '=', after.itemId)
      .execute()
    await appendEvent(trx, {
      actor: user.login,
      kind: 'unit.renamed',
      itemId: after.itemId,
      subject: to,
      before: { ...before, version },
      after: { ...after, version: version + 1 },
    })
  }
}

export async function saveLeader(db: Db, user: UserView, leader: Leader): Promise<Leader> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    return leaderWritten(trx, user, leader)
  })
}

async function leaderWritten(trx: Db, user: UserView, leader: Leader): Promise<Leader> {
  const before = await trx
    .selectFrom('leaders')
    .selectAll()
    .where('name', '=', leader.name)
    .executeTakeFirst()
  if (before)
    await trx
      .updateTable('leaders')
      .set({ title: leader.title ?? null })
      .where('name', '=', leader.name)
      .execute()
  else
    await trx
      .insertInto('leaders')
      .values({ name: leader.name, title: leader.title ?? null })
      .execute()
  await appendEvent(trx, {
    actor: user.login,
    kind: before ? 'leader.updated' : 'leader.created',
    subject: leader.name,
    before: before && { name: before.name, title: before.title },
    after: leader,
  })
  return leader
}

/** Removes a leader from the 名录; assignments that name the leader keep the name (their history stays true) */
export async function removeLeader(db: Db, user: UserView, name: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const before = await trx.selectFrom('leaders').selectAll().where('name', '=', name).executeTakeFirst()
    if (!before) throw notFound(`责任领导“${name}”`)
    await trx.deleteFrom('leaders').where('name', '=', name).execute()
    await appendEvent(trx, {
      actor: user.login,
      kind: 'leader.removed',
      subject: name,
      before: { name: before.name, title: before.title },
    })
  })
}

export type AssignmentInput = Omit<Assignment, 'itemId'>

export async function putAssignment(
  db: Db,
  user: UserView,
  itemId: string,
  input: AssignmentInput,
  ifMatch?: number,
): Promise<AssignmentRecord> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    const known = await namesKnown(trx)
    return (await assignmentWritten(trx, user, { ...input, itemId }, ifMatch, known)).record
  })
}

type Known = { units: Set<string>; leaders: Set<string> }

async function namesKnown(trx: Db): Promise<Known> {
  const leaders = await trx.selectFrom('leaders').select('name').execute()
  return {
    units: new Set((await listUnits(trx)).map((u) => u.name)),
    leaders: new Set(leaders.map((l) => l.name)),
  }
}

/**
 * Writes one item's assignment at the version it is based on, with its event. The caller holds the write lock.
 */
async function assignmentWritten(
  trx: Db,
  user: UserView,
  input: Assignment,
  ifMatch: number | undefined,
  known: Known,
  /** An import leaves an unchanged item as it is, and names the item when it is stale */
  importing?: { name: string },
): Promise<{ record: AssignmentRecord; change: 'added' | 'replaced' | 'unchanged' }> {
  const body = assignmentSchema.parse(input)
  const { itemId } = body
  const unknown = unitsOf(body).filter((u) => !known.units.has(u))
  if (unknown.length) throw invalid(`单位名录中没有：${unknown.join('、')}，请先在单位名录中添加`)
  if (body.leader && !known.leaders.has(body.leader)) throw invalid(`责任领导名录中没有：${body.leader}`)
  const row = await trx.selectFrom('assignments').selectAll().where('item_id', '=', itemId).executeTakeFirst()
  const before = row && { ...assignmentSchema.parse(row.body), version: row.version }
  const stale = importing
    ? `“${importing.name}”的任务分解在预览后已被他人修改，请重新选择文件预览后再导入`
    : '任务分解已被他人修改，请比较后再保存'
  assertCurrentVersion(ifMatch, row?.version ?? 0, stale, () => before ?? null)
  if (importing && before && JSON.stringify(assignmentSchema.parse(row.body)) === JSON.stringify(body))
    return { record: before, change: 'unchanged' }
  const version = (row?.version ?? 0) + 1
  const values = { body: JSON.stringify(body), version, updated_at: new Date(), updated_by: user.login }
  if (row) await trx.updateTable('assignments').set(values).where('item_id', '=', itemId).execute()
  else
    await trx
      .insertInto('assignments')
      .values({ item_id: itemId, ...values })
      .execute()
  const after = { ...body, version }
  await appendEvent(trx, {
    actor: user.login,
    kind: 'assignment.updated',
    itemId,
    subject: itemId,
    before,
    after,
  })
  return { record: after, change: row ? 'replaced' : 'added' }
}

export type ResponsibilityImport = {
  units: { name: string; kind: UnitKind }[]
  leaders: Leader[]
  /** Each with the version the import is based on (absent: the item had none) */
  assignments: (Assignment & { version?: number | undefined })[]
}

/**
 * An imported 分解表 as one transaction: the units and leaders it names that are not listed yet, then every
 * assignment at the version the preview showed. Any refusal (a stale version, an unknown item or unit) or failure
 * keeps nothing. Each changed item gets its own event, so its 台账记录 says what the import changed.
 */
export async function importResponsibility(
  db: Db,
  user: UserView,
  batch: ResponsibilityImport,
  nameOf: (itemId: string) => string | undefined,
): Promise<{ added: number; replaced: number; unchanged: number; assignments: AssignmentRecord[] }> {
  const strange = batch.assignments.filter((a) => !nameOf(a.itemId)).map((a) => a.itemId)
  if (strange.length) throw invalid(`没有这些目标或任务：${strange.join('、')}`)
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    let known = await namesKnown(trx)
    for (const unit of batch.units) {
      // Listed meanwhile (by another 督查室 user, or earlier in this file): what the import needs is there.
      if (known.units.has(unit.name.trim())) continue
      const problem = unitNameProblem(await listUnits(trx), unit.name)
      if (problem) throw new ApiError(409, 'unit_exists', problem)
      await unitInserted(trx, user, unit)
      known = await namesKnown(trx)
    }
    for (const leader of batch.leaders)
      if (!known.leaders.has(leader.name)) await leaderWritten(trx, user, leader)
    known = await namesKnown(trx)
    const counts = { added: 0, replaced: 0, unchanged: 0 }
    const assignments: AssignmentRecord[] = []
    for (const { version, ...assignment } of batch.assignments) {
      const name = nameOf(assignment.itemId) ?? assignment.itemId
      const written = await assignmentWritten(trx, user, assignment, version ?? 0, known, { name })
      counts[written.change]++
      assignments.push(written.record)
    }
    return { ...counts, assignments }
  })
}
