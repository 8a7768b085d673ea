// The ledger's code loads after the first screen: until then the stores show their empty state (as prerendered),
// and a change made in that window waits for the ledger, is kept, and overwrites nothing stored.
import { expect, it, vi } from 'vitest'

const entry = {
  id: 'a1',
  targetId: 'new-urban-jobs-2023',
  type: 'value',
  asOf: '2023-06',
  value: 3500,
  basis: 'provisional',
  recordedAt: '2023-07-10T08:00:00.000Z',
} as const

// A fresh module graph = a page that has just started: no ledger chosen yet.
async function started() {
  vi.resetModules()
  const progress = await import('../use-progress')
  const settings = await import('../use-monitor-settings')
  const ledger = await import('./active-ledger')
  return { ...progress, ...settings, ...ledger }
}

it('shows the empty state until browser storage is chosen, then what is stored', async () => {
  localStorage.setItem('qidong-targets.progress', JSON.stringify({ state: { entries: [entry] }, version: 1 }))
  localStorage.setItem(
    'qidong-targets.monitor-settings',
    JSON.stringify({ state: { tolerancePp: 7, dueDay: 20 }, version: 1 }),
  )
  const s = await started()
  expect(s.currentLedger()).toBeUndefined()
  expect(s.getEntries()).toEqual([])
  expect(s.getMonitorSettings()).toEqual({ tolerancePp: 5, dueDay: 25 })

  await s.browserStorageChosen()
  expect(s.getEntries()).toEqual([entry])
  expect(s.getMonitorSettings()).toEqual({ tolerancePp: 7, dueDay: 20 })
})

it('keeps a change made before the ledger loaded, beside what was stored', async () => {
  localStorage.setItem('qidong-targets.progress', JSON.stringify({ state: { entries: [entry] }, version: 1 }))
  localStorage.setItem(
    'qidong-targets.monitor-settings',
    JSON.stringify({ state: { tolerancePp: 7, dueDay: 20 }, version: 1 }),
  )
  const s = await started()
  const recorded = s.entryRecorded({
    type: 'task',
    targetId: 'task-x',
    asOf: '2023-05',
    taskStatus: 'in_progress',
  })
  const tolerance = s.toleranceChanged(3)
  let settled = false
  void recorded.then(() => (settled = true))
  await Promise.resolve()
  expect(settled).toBe(false) // waiting for the ledger, not claimed saved

  await s.browserStorageChosen()
  expect((await recorded).ok).toBe(true)
  expect(await tolerance).toBeUndefined()
  expect(s.getEntries().map((e) => e.id)).toEqual(['a1', expect.any(String)])
  expect(s.getMonitorSettings()).toEqual({ tolerancePp: 3, dueDay: 20 })
  const stored = JSON.parse(localStorage.getItem('qidong-targets.progress')!) as {
    state: { entries: unknown[] }
  }
  expect(stored.state.entries).toHaveLength(2)
})
