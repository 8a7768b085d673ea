import type { Indicator } from '@/data/dataset/schema'

/** A row of the progress tab: a 2023 target indicator, or a task when target is absent */
export type ProgressItem = { id: string; name: string; target?: Indicator }
