// Entries survive a reload; older shapes migrate; whatever cannot be read is set aside and announced, never lost.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'

const KEY = 'qidong-targets.progress'

// A fresh module graph = a page reload: the store hydrates from whatever localStorage holds now.
async function reload() {
  vi.resetModules()
  const progress = await import('./use-progress')
  const { getStorageIssues } = await import('./use-storage-issues')
  return { ...progress, issues: getStorageIssues }
}

const gdpFinal = {
  type: 'value',
  targetId: 'gdp-growth-2023',
  asOf: '2023-12',
  value: 6.2,
  basis: 'final',
  note: '统计公报',
} as const
const stored = (entries: unknown, version = 1) => JSON.stringify({ state: { entries }, version })
const valid: ProgressEntry = {
  id: 'a1',
  targetId: 'new-urban-jobs-2023',
  type: 'value',
  asOf: '2023-06',
  value: 3500,
  basis: 'provisional',
  recordedAt: '2023-07-10T08:00:00.000Z',
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('round trip', () => {
  it('keeps recorded, edited and deleted entries across a reload', async () => {
    let s = await reload()
    const gdp = s.entryRecorded(gdpFinal)
    const task = s.entryRecorded({
      type: 'task',
      targetId: 'task-x',
      asOf: '2023-05',
      taskStatus: 'in_progress',
    })
    const before = s.entryEdited(task.id, {
      type: 'task',
      targetId: 'task-x',
      asOf: '2023-09',
      taskStatus: 'done',
    })
    expect(before).toEqual(task)
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      version: 1,
      state: { entries: [gdp, {}] },
    })

    s = await reload()
    const edited = s.getEntries()[1]
    expect(s.getEntries()[0]).toEqual(gdp)
    expect(edited).toMatchObject({ id: task.id, asOf: '2023-09', taskStatus: 'done' })
    expect(edited!.recordedAt >= task.recordedAt).toBe(true)
    const deleted = s.entryDeleted(gdp.id)
    expect(deleted).toEqual(gdp)

    s = await reload()
    expect(s.getEntries().map((e) => e.id)).toEqual([task.id])
    s.entryRestored(deleted!)
    s = await reload()
    expect(s.getEntries()).toContainEqual(gdp)
  })

  it('imports entries, replacing those with the same id', async () => {
    const s = await reload()
    s.entriesImported([valid])
    expect(
      s.entriesImported([
        { ...valid, value: 4000 },
        { ...valid, id: 'a2' },
      ]),
    ).toEqual({ added: 1, replaced: 1 })
    expect(s.getEntries().map((e) => [e.id, e.type === 'value' && e.value])).toEqual([
      ['a1', 4000],
      ['a2', 3500],
    ])
  })

  it('refuses to store an entry the schema rejects', async () => {
    const s = await reload()
    expect(() => s.entryRecorded({ ...gdpFinal, asOf: '2024-01' })).toThrow()
    expect(s.getEntries()).toEqual([])
  })
})

describe('migration', () => {
  it('flattens the v0 shape (entries grouped by target id) and stores it as v1', async () => {
    const { targetId, ...rest } = valid
    localStorage.setItem(KEY, JSON.stringify({ state: { entries: { [targetId]: [rest] } }, version: 0 }))
    const s = await reload()
    expect(s.getEntries()).toEqual([valid])
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ state: { entries: [valid] }, version: 1 })
    expect(s.issues()).toEqual([])
  })

  it('sets aside what a newer app version wrote instead of misreading it', async () => {
    const newer = JSON.stringify({ state: { records: [valid] }, version: 9 })
    localStorage.setItem(KEY, newer)
    const s = await reload()
    expect(s.getEntries()).toEqual([])
    const [issue] = s.issues()
    expect(issue).toMatchObject({ store: KEY, reason: 'newer_version' })
    expect(JSON.parse(localStorage.getItem(issue!.setAsideKey!)!)).toEqual(JSON.parse(newer))
  })
})

describe('corrupted store recovery', () => {
  it('sets garbage JSON aside under another key, starts empty and keeps working', async () => {
    localStorage.setItem(KEY, '{"state": {"entries": [ oops')
    const s = await reload()
    expect(s.getEntries()).toEqual([])
    const [issue] = s.issues()
    expect(issue).toMatchObject({ reason: 'unreadable', format: 'txt', text: '{"state": {"entries": [ oops' })
    expect(issue!.setAsideKey).toMatch(/^qidong-targets\.progress\.set-aside\./)
    expect(localStorage.getItem(issue!.setAsideKey!)).toBe('{"state": {"entries": [ oops')
    expect(localStorage.getItem(KEY)).toBeNull()

    s.entryRecorded(gdpFinal)
    expect((await reload()).getEntries()).toHaveLength(1)
  })

  it('keeps the valid entries, sets the invalid ones aside with their reasons, and announces once', async () => {
    const badDate = { ...valid, id: 'b1', asOf: '2024-03' }
    const notANumber = { ...valid, id: 'b2', value: 'abc' }
    const duplicate = { ...valid, value: 1 }
    localStorage.setItem(KEY, stored([valid, badDate, notANumber, duplicate, 42]))
    let s = await reload()
    expect(s.getEntries()).toEqual([valid])
    const [issue] = s.issues()
    expect(issue).toMatchObject({ reason: 'invalid_records', count: 4, format: 'json' })
    const setAside = JSON.parse(localStorage.getItem(issue!.setAsideKey!)!) as {
      record: unknown
      problem: string
    }[]
    expect(setAside.map((r) => r.record)).toEqual([badDate, notANumber, duplicate, 42])
    expect(setAside[0]!.problem).toContain('日期须在2023年内')
    expect(setAside[2]!.problem).toBe('编号重复：a1')
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ state: { entries: [valid] }, version: 1 })

    s = await reload()
    expect(s.issues()).toEqual([])
    expect(s.getEntries()).toEqual([valid])
  })

  it('sets aside a stored state without an entry list', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { entries: 'lost' }, version: 1 }))
    const s = await reload()
    expect(s.getEntries()).toEqual([])
    expect(s.issues()).toMatchObject([{ reason: 'invalid_records', count: 1 }])
  })

  it('announces once that storage is full, and keeps the entry for this session', async () => {
    const s = await reload()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    s.entryRecorded(gdpFinal)
    s.entryRecorded(gdpFinal)
    expect(s.getEntries()).toHaveLength(2)
    expect(s.issues()).toMatchObject([{ reason: 'write_failed' }])
  })
})

it('follows entries another tab wrote', async () => {
  const s = await reload()
  localStorage.setItem(KEY, stored([valid]))
  window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
  await vi.waitFor(() => {
    expect(s.getEntries()).toEqual([valid])
  })
})
