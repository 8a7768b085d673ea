// @vitest-environment node
// The build stops with the check's Chinese message when the dataset is malformed, and goes on when it is sound.
import type { Plugin } from 'vite'
import { expect, it } from 'vitest'
import { checkedDataset } from './checked-dataset'

const buildStart = (plugin: Plugin, error: (m: string) => never) =>
  (plugin.buildStart as (this: { error: typeof error }) => Promise<void>).call({ error })

const fail = (message: string): never => {
  throw new Error(message)
}

it('stops the build with the message of the check', async () => {
  const plugin = checkedDataset('data/qidong-2023.json', () =>
    Promise.resolve((_raw, file) => `数据集 ${file} 未通过校验，构建已停止。`),
  )
  await expect(buildStart(plugin, fail)).rejects.toThrow(
    '数据集 data/qidong-2023.json 未通过校验，构建已停止。',
  )
})

it('lets the build go on when the check passes the real file', async () => {
  let seen: unknown
  const plugin = checkedDataset('data/qidong-2023.json', () =>
    Promise.resolve((raw) => {
      seen = raw
      return null
    }),
  )
  await buildStart(plugin, fail)
  expect(seen).toMatchObject({ indicators: expect.any(Array) as unknown })
})
