import { sql } from 'kysely'
import { z } from 'zod'
import { inSnapshot, type Db, type Engine } from './database'
import { appendEvent, lockWrites } from './events'
import { migrations } from './migrations'

// A consistent, engine-neutral dump: every table read in one snapshot, as JSON; restore loads it in one
// transaction into either engine (so a PGlite office can move to PostgreSQL with backup + restore).

export const DUMP_FORMAT = 'qidong-targets-server-backup'
// In insert order (no foreign key points forward); sessions are left out, a restore signs everyone out.
const TABLES = [
  'users',
  'units',
  'leaders',
  'assignments',
  'entries',
  'comments',
  'events',
  'documents',
] as const
const IDENTITY = ['users', 'comments', 'events'] as const

const dumpSchema = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(1),
  schema: z.string(),
  createdAt: z.string(),
  engine: z.string(),
  tables: z.partialRecord(z.enum(TABLES), z.array(z.record(z.string(), z.unknown()))),
})
export type Dump = z.infer<typeof dumpSchema>

const latestMigration = () => Object.keys(migrations).sort().at(-1) ?? ''

export async function dumpDatabase(db: Db, engine: Engine): Promise<Dump> {
  return inSnapshot(db, async (trx) => {
    const tables: Dump['tables'] = {}
    for (const table of TABLES) {
      const { rows } = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table)} order by 1`.execute(trx)
      tables[table] = rows
    }
    return {
      format: DUMP_FORMAT,
      version: 1,
      schema: latestMigration(),
      createdAt: new Date().toISOString(),
      engine,
      tables,
    }
  })
}

export function parseDump(raw: unknown): Dump {
  const parsed = dumpSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`不是本系统的备份文件：${parsed.error.issues[0]?.message ?? ''}`)
  if (parsed.data.schema > latestMigration())
    throw new Error(`备份来自更新的版本（${parsed.data.schema}），请先升级本系统`)
  return parsed.data
}

export type RestoreSummary = Partial<Record<(typeof TABLES)[number], number>>

/** Replaces every table with the dump's rows, all or nothing */
export async function restoreDatabase(db: Db, dump: Dump): Promise<RestoreSummary> {
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx)
    await sql`truncate ${sql.join([...TABLES, 'sessions'].map((t) => sql.table(t)))} restart identity`.execute(
      trx,
    )
    const summary: RestoreSummary = {}
    for (const table of TABLES) {
      const rows = dump.tables[table] ?? []
      summary[table] = rows.length
      if (!rows.length) continue
      const t = sql.table(table)
      await sql`insert into ${t} overriding system value
        select * from jsonb_populate_recordset(null::${t}, ${JSON.stringify(rows)}::jsonb)`.execute(trx)
    }
    for (const table of IDENTITY) {
      const t = sql.table(table)
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${t}), 0) + 1, false)`.execute(
        trx,
      )
    }
    await appendEvent(trx, {
      actor: 'cli',
      kind: 'database.restored',
      after: { from: dump.createdAt, engine: dump.engine, summary },
    })
    return summary
  })
}
