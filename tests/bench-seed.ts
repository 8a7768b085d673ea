import type { Dataset, ProgressEntry } from '../src/data/dataset/schema'
import { entriesToCsv } from '../src/data/exchange/format'
import { monitoredItems } from '../src/monitoring/item'
import { PROGRESS_STORAGE_KEY, PROGRESS_STORE_VERSION } from '../src/stores/ledger/storage-keys'

// A heavy year of 督查: N progress entries spread over every monitored item and month, as the browser store keeps
// them (to seed a fresh profile) and as an exported CSV (to import).
export function heavyYear(dataset: Dataset, count: number) {
  const items = monitoredItems(dataset)
  const entries: ProgressEntry[] = Array.from({ length: count }, (_, n) => {
    const item = items[n % items.length]!
    const month = String(1 + (Math.floor(n / items.length) % 12)).padStart(2, '0')
    const common = {
      id: `bench-${n.toString(36)}`,
      targetId: item.id,
      asOf: `2023-${month}`,
      recordedAt: new Date(Date.UTC(2023, Number(month), 1, 0, 0, n % 60)).toISOString(),
      ...(n % 3 === 0 ? { note: `第${n}条：月度调度` } : {}),
    }
    return item.indicator
      ? { ...common, type: 'value', value: 1 + (n % 97), basis: n % 2 ? 'final' : 'provisional' }
      : {
          ...common,
          type: 'task',
          taskStatus: (['not_started', 'in_progress', 'done'] as const)[n % 3]!,
        }
  })
  return {
    storage: {
      key: PROGRESS_STORAGE_KEY,
      value: JSON.stringify({ state: { entries }, version: PROGRESS_STORE_VERSION }),
    },
    csv: Buffer.from(entriesToCsv(entries, items), 'utf8'),
  }
}
