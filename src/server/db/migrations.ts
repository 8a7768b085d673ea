import { sql, type Kysely, type Migration } from 'kysely'

// Numbered migrations, run on start and in tests, the same on PGlite and PostgreSQL. Never edit one that shipped.

const m001: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('login', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text')
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'reporter', 'leader')`))
      .addColumn('unit', 'text')
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute()
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('units')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .createTable('leaders')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await db.schema
      .createTable('assignments')
      .addColumn('item_id', 'text', (c) => c.primaryKey())
      .addColumn('body', 'jsonb', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_by', 'text')
      .execute()
    await db.schema
      .createTable('entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('body', 'jsonb', (c) => c.notNull())
      .addColumn('review_status', 'text', (c) =>
        c.notNull().check(sql`review_status in ('pending', 'approved', 'returned')`),
      )
      .addColumn('review_reason', 'text')
      .addColumn('reviewed_by', 'text')
      .addColumn('reviewed_at', 'timestamptz')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('recorded_by', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute()
    await db.schema.createIndex('entries_target').on('entries').column('target_id').execute()
    await db.schema
      .createTable('comments')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute()
    await db.schema.createIndex('comments_item').on('comments').column('item_id').execute()
    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
      .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text')
      .addColumn('subject', 'text')
      .addColumn('before', 'jsonb')
      .addColumn('after', 'jsonb')
      .execute()
    await db.schema.createIndex('events_item').on('events').columns(['item_id', 'id']).execute()
    // History is append-only: the database itself refuses to change or remove an event.
    await sql`create function events_append_only() returns trigger language plpgsql as $$
      begin raise exception 'events are append-only'; end $$`.execute(db)
    await sql`create trigger events_no_change before update or delete on events
      for each row execute function events_append_only()`.execute(db)
    await db.schema
      .createTable('documents')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('body', 'jsonb', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_by', 'text')
      .execute()
  },
}

export const migrations: Record<string, Migration> = { '001_initial': m001 }
