// The dataset is loaded once per page however many parts ask for it, and a failed load is kept as that error.
import { expect, it, vi } from 'vitest'
import { loadDataset } from './load-dataset'
import { datasetOf, datasetSource } from './dataset-source'

it('loads once for every subscriber and settle, then tells each subscriber', async () => {
  const load = vi.fn(() => Promise.resolve(loadDataset()))
  const source = datasetSource(load)
  expect(source.state()).toEqual({ status: 'pending' })
  expect(load).not.toHaveBeenCalled()
  const heard = vi.fn()
  const stop = source.subscribe(heard)
  source.subscribe(() => {})
  const state = await source.settled()
  expect(load).toHaveBeenCalledTimes(1)
  expect(heard).toHaveBeenCalledTimes(1)
  expect(state).toEqual({ status: 'success', data: loadDataset() })
  expect(source.state()).toBe(state)
  stop()
})

it('keeps a failed load as its error, with the message the gate shows', async () => {
  const source = datasetSource(() =>
    Promise.reject(new Error('无法下载数据集文件 x.json（服务器回答 404）。')),
  )
  const state = await source.settled()
  expect(state.status).toBe('error')
  expect(state.status === 'error' && state.error.message).toBe(
    '无法下载数据集文件 x.json（服务器回答 404）。',
  )
})

it('hands out a dataset already in hand at once', () => {
  expect(datasetOf(loadDataset()).state()).toEqual({ status: 'success', data: loadDataset() })
})
