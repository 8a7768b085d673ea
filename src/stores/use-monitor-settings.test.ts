// Settings persist; a bad setting falls back to its default on its own, without losing the good ones.
import { expect, it, vi } from 'vitest'

const KEY = 'qidong-targets.monitor-settings'

async function reload() {
  vi.resetModules()
  const settings = await import('./use-monitor-settings')
  // As main.tsx does at start: the browser ledger, loaded once the first screen is live.
  await (await import('./ledger/active-ledger')).browserStorageChosen()
  const { getStorageIssues } = await import('./use-storage-issues')
  const { renderHook } = await import('@testing-library/react')
  const read = () =>
    renderHook(() => [settings.useTolerancePp(), settings.useDueDay()] as const).result.current
  return { ...settings, read, issues: getStorageIssues }
}

it('keeps tolerance and 报送截止日 across a reload, refusing values out of range', async () => {
  let s = await reload()
  expect(s.read()).toEqual([5, 25])
  expect(await s.toleranceChanged(8)).toBeUndefined()
  expect(await s.dueDayChanged(20)).toBeUndefined()
  await s.toleranceChanged(-1)
  await s.dueDayChanged(29)
  await s.dueDayChanged(2.5)
  s = await reload()
  expect(s.read()).toEqual([8, 20])
})

it('reads a stored record of the previous shape (with 评估日期) as is, defaulting the 报送截止日', async () => {
  localStorage.setItem(
    KEY,
    JSON.stringify({ state: { tolerancePp: 7, evaluationMonth: '2023-04' }, version: 1 }),
  )
  const s = await reload()
  expect(s.read()).toEqual([7, 25])
  expect(s.issues()).toEqual([])
})

it('falls back per field and sets the bad field aside', async () => {
  localStorage.setItem(KEY, JSON.stringify({ state: { tolerancePp: 'viel', dueDay: 20 }, version: 1 }))
  const s = await reload()
  expect(s.read()).toEqual([5, 20])
  expect(s.issues()).toMatchObject([{ store: KEY, reason: 'invalid_records', count: 1 }])
})

it('says 未能保存 with the reason when the storage refuses, and keeps showing what is stored', async () => {
  const s = await reload()
  const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  const problem = await s.toleranceChanged(9)
  full.mockRestore()
  expect(problem).toMatch(/^未能保存：/)
  expect(s.read()).toEqual([5, 25])
})
