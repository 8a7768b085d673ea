import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { migrations } from './migrations'
import type { Database } from './tables'

// The one way to the database: PGlite (PostgreSQL in WASM) under DATA_DIR by default, PostgreSQL with DATABASE_URL.

export type Engine = 'pglite' | 'postgres'
export type Db = Kysely<Database>
export type Store = { db: Db; engine: Engine; close: () => Promise<void> }

export type StoreOptions =
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob } // no dataDir: in memory (tests)
  | { engine: 'postgres'; url: string; schema?: string; poolSize?: number }

// int8 (count(*)) comes back as a string from pg; every count here fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL }
  return { engine: 'pglite', dataDir: join(env.DATA_DIR ?? 'var', 'pglite') }
}

export async function openStore(options: StoreOptions): Promise<Store> {
  let db: Db
  if (options.engine === 'pglite') {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
    const pglite = await PGlite.create({
      ...(options.dataDir && { dataDir: options.dataDir }),
      ...(options.loadDataDir && { loadDataDir: options.loadDataDir }),
    })
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
  } else {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      ...(options.schema && { options: `-c search_path=${options.schema}` }),
    })
    if (options.schema) {
      const client = await pool.connect()
      try {
        await client.query(`create schema if not exists ${pg.escapeIdentifier(options.schema)}`)
      } finally {
        client.release()
      }
    }
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  try {
    await migrate(db, options.engine === 'postgres' ? options.schema : undefined)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return { db, engine: options.engine, close: () => db.destroy() }
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) }

export async function migrate(db: Db, schema?: string): Promise<void> {
  // With a schema of its own (tests), the bookkeeping tables must live there too, not be found in another one.
  const migrator = new Migrator({ db, provider, ...(schema && { migrationTableSchema: schema }) })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${String(error)}`)
}

/** Several reads that must agree with each other (a list and its cursor, a dump): one repeatable-read snapshot */
export function inSnapshot<T>(db: Db, read: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel('repeatable read').execute(read)
}
