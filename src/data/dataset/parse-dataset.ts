import { z } from 'zod'
import { DatasetError, type DatasetProblem } from './dataset-error'
import { datasetSchema, type Dataset } from './schema'

z.config(z.locales.zhCN())

// Names the record by its id where it has one, so an editor can find it in the JSON file.
function describe(raw: unknown, path: PropertyKey[]): DatasetProblem['record'] {
  const [list, index] = path
  if (typeof list !== 'string' || typeof index !== 'number') return '数据集'
  const record: unknown = (raw as Record<string, unknown[] | undefined>)[list]?.[index]
  const id = record && typeof record === 'object' && 'id' in record ? String(record.id) : undefined
  return `${list}[${index}]${id ? `（id: ${id}）` : ''}`
}

export function parseDataset(raw: unknown): Dataset {
  const result = datasetSchema.safeParse(raw)
  if (result.success) return result.data
  throw new DatasetError(
    result.error.issues.map((issue) => {
      const nested = typeof issue.path[1] === 'number'
      const fieldPath = nested ? issue.path.slice(2) : issue.path
      return {
        record: describe(raw, issue.path),
        field: fieldPath.length ? fieldPath.join('.') : '(整条记录)',
        message: issue.message,
      }
    }),
  )
}
