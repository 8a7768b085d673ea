// Settings persist; a bad setting falls back to its default on its own, without losing the good ones.
import { expect, it, vi } from 'vitest'

const KEY = 'qidong-targets.monitor-settings'

async function reload() {
  vi.resetModules()
  const settings = await import('./use-monitor-settings')
  const { getStorageIssues } = await import('./use-storage-issues')
  const { renderHook } = await import('@testing-library/react')
  const read = () =>
    renderHook(() => [settings.useTolerancePp(), settings.useEvaluationMonthSetting()] as const).result
      .current
  return { ...settings, read, issues: getStorageIssues }
}

it('keeps tolerance and 评估日期 across a reload, refusing values out of range', async () => {
  let s = await reload()
  expect(s.read()).toEqual([5, 'auto'])
  s.toleranceChanged(8)
  s.evaluationMonthChanged('2023-09')
  s.toleranceChanged(-1)
  s.evaluationMonthChanged('2024-01')
  s = await reload()
  expect(s.read()).toEqual([8, '2023-09'])
})

it('falls back per field and sets the bad field aside', async () => {
  localStorage.setItem(
    KEY,
    JSON.stringify({ state: { tolerancePp: 'viel', evaluationMonth: '2023-04' }, version: 1 }),
  )
  const s = await reload()
  expect(s.read()).toEqual([5, '2023-04'])
  expect(s.issues()).toMatchObject([{ store: KEY, reason: 'invalid_records', count: 1 }])
})
