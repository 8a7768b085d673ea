// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { checkDataset } from './check-dataset'

// The build stops on a malformed dataset with a Chinese message naming the record and field; the real one passes.

const file = 'data/qidong-2023.json'
const real = () => JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')) as { indicators: object[] }

it('passes the real dataset as it stands', () => {
  expect(checkDataset(real(), file)).toBeNull()
})

it('names the broken record and field in Chinese', () => {
  const broken = real()
  const first = broken.indicators[0] as { id: string; name?: unknown }
  delete first.name
  const message = checkDataset(broken, file)
  expect(message).toMatch(/^数据集 data\/qidong-2023\.json 未通过校验，构建已停止/)
  expect(message).toContain(`indicators[0]（id: ${first.id}） 字段 name：`)
})

it('refuses a dataset that parsing would change, since the app uses the file as it is', () => {
  const padded = { ...real(), unexpected: 1 }
  const message = checkDataset(padded, file)
  // zod drops unknown keys: either it refuses them outright or the output differs from the file.
  expect(message).toMatch(/未通过校验/)
})
