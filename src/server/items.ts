import type { ItemsById } from '@/data/exchange/draft'
import { loadDataset } from '@/data/dataset/load-dataset'
import { monitoredItems as selectMonitoredItems } from '@/monitoring/item'

// The 2023 targets and tasks an entry may be about: the same dataset and selector the app uses.

export const monitoredItems: ItemsById = new Map(selectMonitoredItems(loadDataset()).map((t) => [t.id, t]))
