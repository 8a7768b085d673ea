// The prerendered dashboard counts at the 本期 the browser opens at on the same day, so its status counts are the
// browser's (未报送 for every item never reported once its period is due) and hydration finds the same markup.
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, expect, it } from 'vitest'
import { datasetOf } from '@/data/dataset/dataset-source'
import { loadDataset } from '@/data/dataset/load-dataset'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { defaultPeriod, periodMonth } from '@/monitoring/period'
import { countStatuses, statusesById } from '@/monitoring/status'
import { zh } from '@/i18n/zh'
import { App } from './App'
import { prerender } from './prerender'
import { prerenderCurrent, prerenderedPeriod } from './prerendered-period'

afterEach(() => {
  document.body.replaceChildren()
})

const prerendered = () => {
  const root = document.createElement('div')
  // Our own build output, as index.html carries it
  root.append(...new DOMParser().parseFromString(prerender(), 'text/html').body.childNodes)
  document.body.append(root)
  return root
}

it('counts at today’s default 本期, as the browser does, and says so', () => {
  const root = prerendered()
  const period = defaultPeriod(new Date(), 25)
  expect(prerenderedPeriod(root)).toBe(period)
  expect(prerenderCurrent(root, new Date(), 25)).toBe(true)
  // On a day whose default 本期 differs (30 July 2023 opens at 2023-07) the browser renders afresh instead
  expect(prerenderCurrent(root, new Date(2023, 6, 30), 25)).toBe(period === '2023-07')

  const dataset = loadDataset()
  const statuses = statusesById(
    dataset.indicators,
    dataset.tasks.map((t) => t.id),
    [],
    { month: periodMonth(period), tolerancePp: 5 },
  )
  const counts = countStatuses(statuses)
  const chips = [...root.querySelectorAll('[aria-label="按状态统计与筛选"] button')].map((b) => b.textContent)
  for (const [status, n] of counts) expect(chips).toContain(zh.monitor.summaryCount(zh.status[status], n))
  // Nothing recorded yet: every item whose period is due is 未报送, and the chip says how many
  expect(counts.get('unreported')).toBeGreaterThan(100)
})

it('hydrates without a mismatch', async () => {
  const root = prerendered()
  const errors: unknown[] = []
  let app: ReturnType<typeof hydrateRoot> | undefined
  await act(async () => {
    app = hydrateRoot(
      root,
      <DatasetProvider source={datasetOf(loadDataset())}>
        <App />
      </DatasetProvider>,
      {
        onRecoverableError: (error) => {
          // A lazy chunk's Suspense boundary went out as its fallback (React error 419), as main.tsx allows
          if (!(
            error instanceof Error &&
            /#419\b|could not finish this Suspense boundary|does not support Suspense/.test(error.message)
          ))
            errors.push(error)
        },
      },
    )
    await new Promise((r) => setTimeout(r, 50))
  })
  expect(errors).toEqual([])
  expect(root.querySelector('[data-period]')?.getAttribute('data-period')).toBe(defaultPeriod(new Date(), 25))
  // Unmounted, so no chart whose turn comes later renders after the test (chart-turns.ts)
  act(() => {
    app?.unmount()
  })
})
