import type { Targets } from '@/data/exchange-draft'
import { loadDataset } from '@/data/load-dataset'
import { monitoredTargets } from '@/data/select-monitored'

// The 2023 targets and tasks an entry may be about: the same dataset and selector the app uses.

export const monitoredItems: Targets = new Map(monitoredTargets(loadDataset()).map((t) => [t.id, t]))
