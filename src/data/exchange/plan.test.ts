// @vitest-environment node
// The preview sorts every imported row into added, changed or unchanged, matching by id, else by target and month.
import { describe, expect, it } from 'vitest'
import type { ImportRow } from './draft'
import { planImport } from './plan'
import type { ProgressEntry } from '@/data/dataset/schema'

const existing: ProgressEntry[] = [
  {
    id: 'a',
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-03',
    value: 6.2,
    basis: 'provisional',
    recordedAt: '2023-04-01T00:00:00.000Z',
  },
  {
    id: 'b',
    type: 'task',
    targetId: 'task-x',
    asOf: '2023-06',
    taskStatus: 'in_progress',
    recordedAt: '2023-07-01T00:00:00.000Z',
  },
  {
    id: 'c',
    type: 'task',
    targetId: 'task-x',
    asOf: '2023-06',
    taskStatus: 'done',
    recordedAt: '2023-07-05T00:00:00.000Z',
  },
]
const options = { now: '2023-08-01T00:00:00.000Z', newId: () => 'fresh' }
const row = (r: Omit<ImportRow, 'where'>): ImportRow => ({ where: '第 2 行', ...r })

describe('planImport', () => {
  it('counts a row with the same content as unchanged, whatever its recordedAt, note spacing aside', () => {
    const plan = planImport(
      [
        row({
          id: 'a',
          recordedAt: '2030-01-01T00:00:00.000Z',
          draft: {
            type: 'value',
            targetId: 'gdp-growth-2023',
            asOf: '2023-03',
            value: 6.2,
            basis: 'provisional',
            note: '  ',
          },
        }),
      ],
      existing,
      options,
    )
    expect(plan).toEqual({ added: [], changed: [], unchanged: 1 })
  })

  it('changes the entry with that id, stamping it with the file’s newer time or else the time of import', () => {
    const draft = {
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-03',
      value: 6.4,
      basis: 'final',
    } as const
    const fromFile = planImport(
      [row({ id: 'a', recordedAt: '2023-04-09T00:00:00.000Z', draft })],
      existing,
      options,
    )
    expect(fromFile.changed).toEqual([
      { before: existing[0], after: { ...draft, id: 'a', recordedAt: '2023-04-09T00:00:00.000Z' } },
    ])
    const editedInSheet = planImport(
      [row({ id: 'a', recordedAt: '2023-04-01T00:00:00.000Z', draft })],
      existing,
      options,
    )
    expect(editedInSheet.changed[0]?.after.recordedAt).toBe(options.now)
  })

  it('matches a row without id to the entry in force for that target and month, else adds it', () => {
    const plan = planImport(
      [
        row({ draft: { type: 'task', targetId: 'task-x', asOf: '2023-06', taskStatus: 'in_progress' } }),
        row({ draft: { type: 'task', targetId: 'task-x', asOf: '2023-07', taskStatus: 'done' } }),
      ],
      existing,
      options,
    )
    expect(plan.changed).toEqual([
      { before: existing[2], after: { ...existing[2], taskStatus: 'in_progress', recordedAt: options.now } },
    ])
    expect(plan.added).toEqual([
      {
        type: 'task',
        targetId: 'task-x',
        asOf: '2023-07',
        taskStatus: 'done',
        id: 'fresh',
        recordedAt: options.now,
      },
    ])
  })

  it('adds an entry with an id this browser has not seen, keeping its id and time', () => {
    const draft = { type: 'task', targetId: 'task-x', asOf: '2023-03', taskStatus: 'not_started' } as const
    const plan = planImport(
      [row({ id: 'z', recordedAt: '2023-04-01T00:00:00.000Z', draft })],
      existing,
      options,
    )
    expect(plan.added).toEqual([{ ...draft, id: 'z', recordedAt: '2023-04-01T00:00:00.000Z' }])
  })

  // Every part of an entry that carries information counts: a re-import changing only that part is a 修改.
  const base = existing[0]!
  const unchangedDraft = {
    type: 'value',
    targetId: base.targetId,
    asOf: base.asOf,
    value: 6.2,
    basis: 'provisional',
  } as const
  it.each([
    ['note', { ...unchangedDraft, note: '据县统计局快报' }],
    ['source', { ...unchangedDraft, source: '县统计局' }],
    ['value', { ...unchangedDraft, value: 6.3 }],
    ['basis', { ...unchangedDraft, basis: 'final' }],
  ] as const)('counts a re-import that changes only the %s as 修改', (_, draft) => {
    const plan = planImport([row({ id: 'a', recordedAt: base.recordedAt, draft })], existing, options)
    expect([plan.changed.length, plan.unchanged, plan.added.length]).toEqual([1, 0, 0])
  })

  it('counts a task row that changes only the task status as 修改', () => {
    const draft = { type: 'task', targetId: 'task-x', asOf: '2023-06', taskStatus: 'not_started' } as const
    const plan = planImport([row({ id: 'b', draft })], existing, options)
    expect(plan.changed.map((c) => c.before.id)).toEqual(['b'])
  })

  it('treats a row naming an entry by id as that entry, even if its month changed', () => {
    const draft = { ...unchangedDraft, asOf: '2023-04' } as const
    const plan = planImport([row({ id: 'a', draft })], existing, options)
    expect(plan.changed).toEqual([{ before: base, after: { ...draft, id: 'a', recordedAt: options.now } }])
  })

  it('does not match a row without id to an entry another row of the file names by id', () => {
    const plan = planImport(
      [
        row({ id: 'c', draft: { type: 'task', targetId: 'task-x', asOf: '2023-06', taskStatus: 'done' } }),
        row({ draft: { type: 'task', targetId: 'task-x', asOf: '2023-06', taskStatus: 'in_progress' } }),
      ],
      existing,
      options,
    )
    // The second row falls to b (the other entry of that month), which already says 推进中.
    expect([plan.unchanged, plan.changed.length, plan.added.length]).toEqual([2, 0, 0])
  })
})
