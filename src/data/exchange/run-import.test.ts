// @vitest-environment node
// An import reads and plans the same in the worker and on the page; a worker that cannot start changes nothing.
import { afterEach, expect, it, vi } from 'vitest'
import { monitoredItems } from '@/monitoring/item'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { readAndPlanText, type ImportJob } from './read-and-plan'
import { runImport } from './run-import'

const items = new Map(monitoredItems(monitorDataset).map((i) => [i.id, i]))
const csv = '\uFEFF目标编号,截至月份,数值,口径,任务状态,备注\r\ngdp-growth-2023,2023-06,6.2,预计,,\r\n'
const job: ImportJob = {
  name: '六月.csv',
  bytes: new TextEncoder().encode(csv),
  items,
  existing: [],
  now: '2023-07-01T00:00:00.000Z',
}
const ids = () => 'e-1'

afterEach(() => {
  vi.unstubAllGlobals()
})

it('plans on the page when the worker fails to load (file://, a blocked script)', async () => {
  class FailingWorker {
    onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null
    postMessage() {
      queueMicrotask(() => this.onerror?.({ message: 'blocked', preventDefault: () => {} }))
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FailingWorker)
  const outcome = await runImport(job)
  expect(outcome.ok).toBe(true)
  if (!outcome.ok) return
  expect(outcome.plan.added).toHaveLength(1)
  expect(outcome.plan.added[0]).toMatchObject({ targetId: 'gdp-growth-2023', asOf: '2023-06', value: 6.2 })
})

it('gives the worker’s answer when the worker runs', async () => {
  class EchoWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null
    postMessage(data: ImportJob) {
      queueMicrotask(() => this.onmessage?.({ data: readAndPlanText(data, ids) }))
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', EchoWorker)
  const outcome = await runImport(job)
  expect(outcome).toEqual(readAndPlanText(job, ids))
})

it('refuses a bad file with the same problems either way', async () => {
  const bad = {
    ...job,
    bytes: new TextEncoder().encode('\uFEFF目标编号,截至月份,数值\r\nnope,2023-06,1\r\n'),
  }
  vi.stubGlobal('Worker', undefined)
  const outcome = await runImport(bad)
  expect(outcome.ok).toBe(false)
  expect(outcome).toEqual(readAndPlanText(bad, ids))
})
