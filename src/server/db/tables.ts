import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

// The tables as Kysely sees them; migrations.ts creates them. JSON columns hold the shared domain shapes.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

export type Role = 'admin' | 'reporter' | 'leader'
export type ReviewStatus = 'pending' | 'approved' | 'returned'

export type UsersTable = {
  id: Generated<number>
  login: string
  display_name: string | null
  role: Role
  unit: string | null
  password_hash: string
  disabled: Generated<boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export type SessionsTable = {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: Timestamp
  expires_at: Timestamp
}

export type UnitsTable = {
  name: string
  kind: string
  retired: Generated<boolean>
  position: Generated<number>
}

export type LeadersTable = { name: string; title: string | null; position: Generated<number> }

export type AssignmentsTable = {
  item_id: string
  body: Json<Record<string, unknown>>
  version: number
  updated_at: Timestamp
  updated_by: string | null
}

export type EntriesTable = {
  id: string
  target_id: string
  body: Json<Record<string, unknown>>
  review_status: ReviewStatus
  review_reason: string | null
  reviewed_by: string | null
  reviewed_at: Date | null
  version: number
  deleted: Generated<boolean>
  recorded_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type CommentsTable = {
  id: Generated<number>
  item_id: string
  author: string
  text: string
  created_at: Timestamp
}

export type EventsTable = {
  id: Generated<number>
  at: Timestamp
  actor: string
  kind: string
  item_id: string | null
  subject: string | null
  before: Json<unknown> | null
  after: Json<unknown> | null
}

export type DocumentsTable = {
  key: string
  body: Json<unknown>
  version: number
  updated_at: Timestamp
  updated_by: string | null
}

export type Database = {
  users: UsersTable
  sessions: SessionsTable
  units: UnitsTable
  leaders: LeadersTable
  assignments: AssignmentsTable
  entries: EntriesTable
  comments: CommentsTable
  events: EventsTable
  documents: DocumentsTable
}

export type UserRow = Selectable<UsersTable>
export type EntryRow = Selectable<EntriesTable>
export type EventRow = Selectable<EventsTable>
export type NewEvent = Insertable<EventsTable>
