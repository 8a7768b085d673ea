// Entries survive a reload; older shapes migrate; whatever cannot be read is set aside and announced, never lost.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'

const KEY = 'qidong-targets.progress'

// A fresh module graph = a page reload: the store hydrates from whatever localStorage holds now.
async function reload() {
  vi.resetModules()
  const progress = await import('./use-progress')
  // As main.tsx does at start: the browser ledger, loaded once the first screen is live.
  await (await import('./ledger/active-ledger')).browserStorageChosen()
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

const ok = <T>(outcome: { ok: true; value: T } | { ok: false; failure: { message: string } }): T => {
  if (!outcome.ok) throw new Error(outcome.failure.message)
  return outcome.value
}

describe('round trip', () => {
  it('keeps recorded, edited and deleted entries across a reload', async () => {
    let s = await reload()
    const gdp = ok(await s.entryRecorded(gdpFinal))
    const task = ok(
      await s.entryRecorded({ type: 'task', targetId: 'task-x', asOf: '2023-05', taskStatus: 'in_progress' }),
    )
    const before = ok(
      await s.entryEdited(task.id, { type: 'task', targetId: 'task-x', asOf: '2023-09', taskStatus: 'done' }),
    )
    expect(before).toMatchObject({ id: task.id, asOf: '2023-05' })
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      version: 1,
      state: { entries: [{ id: gdp.id }, {}] },
    })

    s = await reload()
    const edited = s.getEntries()[1]
    expect(s.getEntries()[0]).toMatchObject({ id: gdp.id, value: 6.2 })
    expect(edited).toMatchObject({ id: task.id, asOf: '2023-09', taskStatus: 'done' })
    expect(edited!.recordedAt >= task.recordedAt).toBe(true)
    const deleted = ok(await s.entryDeleted(gdp.id))
    expect(deleted.id).toBe(gdp.id)

    s = await reload()
    expect(s.getEntries().map((e) => e.id)).toEqual([task.id])
    ok(await s.entryRestored(deleted))
    s = await reload()
    expect(s.getEntries()).toContainEqual(deleted)
  })

  it('imports entries, replacing those with the same id', async () => {
    const s = await reload()
    ok(await s.entriesImported([valid]))
    expect(
      ok(
        await s.entriesImported([
          { ...valid, value: 4000 },
          { ...valid, id: 'a2' },
        ]),
      ),
    ).toEqual({
      added: 1,
      replaced: 1,
    })
    expect(s.getEntries().map((e) => [e.id, e.type === 'value' && e.value])).toEqual([
      ['a1', 4000],
      ['a2', 3500],
    ])
  })

  it('refuses to store an entry the schema rejects', async () => {
    const s = await reload()
    await expect(s.entryRecorded({ ...gdpFinal, asOf: '2024-01' })).rejects.toThrow()
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
})

describe('an older app version never resets a newer version’s store', () => {
  const newer = JSON.stringify({ state: { records: [valid] }, version: 9 })

  it('opens read-only on load, says why, and leaves the store exactly as it was', async () => {
    localStorage.setItem(KEY, newer)
    const s = await reload()
    expect(s.getEntries()).toEqual([])
    expect(s.issues()).toMatchObject([{ store: KEY, reason: 'newer_version' }])
    const refused = await s.entryRecorded(gdpFinal)
    expect(refused).toMatchObject({ ok: false, failure: { code: 'read_only' } })
    expect(s.getEntries()).toEqual([])
    expect(localStorage.getItem(KEY)).toBe(newer)
  })

  it('goes read-only live when a newer version writes from another tab', async () => {
    const s = await reload()
    ok(await s.entryRecorded(gdpFinal))
    localStorage.setItem(KEY, newer)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    await vi.waitFor(() => {
      expect(s.issues()).toMatchObject([{ reason: 'newer_version' }])
    })
    expect((await s.entryRecorded(gdpFinal)).ok).toBe(false)
    expect(localStorage.getItem(KEY)).toBe(newer)
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

    ok(await s.entryRecorded(gdpFinal))
    expect((await reload()).getEntries()).toHaveLength(1)
  })

  it('claims no copy it could not write, and never overwrites the unreadable original', async () => {
    const garbage = '{"state": {"entries": [ oops'
    localStorage.setItem(KEY, garbage)
    // Room for nothing new: the copy fails, and so would any write.
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const s = await reload()
    const [issue] = s.issues()
    expect(issue).toMatchObject({ reason: 'unreadable_not_kept', text: garbage })
    expect(issue!.setAsideKey).toBeUndefined()
    setItem.mockRestore() // space freed: the original must still not be overwritten by the next save
    expect(await s.entryRecorded(gdpFinal)).toMatchObject({ ok: false, failure: { code: 'read_only' } })
    expect(localStorage.getItem(KEY)).toBe(garbage)
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

  it('says storage is full and keeps nothing it could not write', async () => {
    const s = await reload()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const refused = await s.entryRecorded(gdpFinal)
    expect(refused).toMatchObject({
      ok: false,
      failure: { code: 'storage_full', message: '浏览器存储空间已满' },
    })
    expect(s.getEntries()).toEqual([])
    vi.restoreAllMocks()
    expect((await reload()).getEntries()).toEqual([])
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
