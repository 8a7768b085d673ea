// The bundled dataset for Node (the server, the build-time prerender, tests): checked against the zod schema when
// built (check-dataset.ts). The browser app reads the build's JSON file instead (fetch-dataset.ts).
import raw from '../../../data/qidong-2023.json'
import type { Dataset } from './schema'

export const loadDataset = (): Dataset => raw as Dataset
