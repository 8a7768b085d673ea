// @vitest-environment node
// A dataset that fails validation is reported record by record, field by field — never swallowed.
import { describe, expect, it } from 'vitest'
import raw from '../../../data/qidong-2023.json'
import { DatasetError } from './dataset-error'
import { parseDataset } from './parse-dataset'

const clone = () => structuredClone(raw) as Record<string, unknown> & { sectors: Record<string, unknown>[] }

describe('parseDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(parseDataset(raw).report.county).toBe('祁东县')
  })

  it('names the record id and field of a wrong value', () => {
    const bad = clone()
    bad.sectors[2] = { ...bad.sectors[2], order: '三' }
    const error = (() => {
      try {
        parseDataset(bad)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DatasetError)
    const [problem] = (error as DatasetError).problems
    expect(problem).toMatchObject({ record: 'sectors[2]（id: reform）', field: 'order' })
    expect(problem?.message).toMatch(/数字|number/)
  })

  it('reports a missing top-level list', () => {
    const bad = clone()
    delete bad.glossary
    expect(() => parseDataset(bad)).toThrow(/数据集 glossary/)
  })
})
