// The lazy dataset chunk: the JSON alone. It was checked against the zod schema when the app was built
// (check-dataset.ts, run by vite.config.ts), so the first screen neither loads zod for it nor spends time parsing.
import raw from '../../../data/qidong-2023.json'
import type { Dataset } from './schema'

export const loadDataset = (): Dataset => raw as Dataset
