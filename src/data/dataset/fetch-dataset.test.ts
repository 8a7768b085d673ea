// The app reads the dataset the build shipped (inline, or the preloaded file); a missing or malformed file is
// reported in Chinese, never shown as a blank page.
import { afterEach, describe, expect, it, vi } from 'vitest'
import raw from '../../../data/qidong-2023.json'
import { DatasetError } from './dataset-error'
import { fetchDataset } from './fetch-dataset'

const text = JSON.stringify(raw)
const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html')
const preloaded = page(
  '<link rel="preload" as="fetch" crossorigin href="https://example.test/t/assets/qidong-2023-ab12.json" data-dataset>',
)
const answer = (body: string, status = 200) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status })))
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  )

afterEach(() => {
  vi.restoreAllMocks()
})

describe('fetchDataset', () => {
  it('fetches the file the page preloads, by the same URL', async () => {
    const fetchFn = answer(text)
    const dataset = await fetchDataset(preloaded, fetchFn)
    expect(fetchFn).toHaveBeenCalledWith('https://example.test/t/assets/qidong-2023-ab12.json')
    expect(dataset.report.county).toBe('祁东县')
    expect(dataset).toEqual(raw)
  })

  it('reads the dataset held in the page itself (single file), with no request', async () => {
    const escaped = text.replace(/</g, '\\u003c')
    const fetchFn = answer('')
    const dataset = await fetchDataset(
      page('', `<script type="application/json" id="qidong-dataset">${escaped}</script>`),
      fetchFn,
    )
    expect(dataset).toEqual(raw)
    expect(fetchFn).not.toHaveBeenCalled()
  })

  it('says in Chinese that the file could not be downloaded, with the status', async () => {
    const error = await failure(fetchDataset(preloaded, answer('Not Found', 404)))
    expect(error?.message).toBe(
      '无法下载数据集文件 qidong-2023-ab12.json（服务器回答 404）。请检查网络后重新加载。',
    )
  })

  it('says in Chinese that the network failed', async () => {
    const offline = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await failure(fetchDataset(preloaded, offline))
    expect(error?.message).toMatch(/^无法下载数据集文件 qidong-2023-ab12\.json：网络不通/)
  })

  it('reports a file that is not JSON as a malformed dataset', async () => {
    const error = await failure(fetchDataset(preloaded, answer('<!doctype html><p>首页</p>')))
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as DatasetError).problems).toEqual([
      {
        record: '数据集',
        field: '(整个文件)',
        message: expect.stringMatching(/^不是有效的 JSON/) as unknown,
      },
    ])
  })

  it('names the missing part of a JSON file that is not the dataset, through the schema', async () => {
    const partial: Record<string, unknown> = { ...raw }
    delete partial.glossary
    const error = await failure(fetchDataset(preloaded, answer(JSON.stringify(partial))))
    expect(error).toBeInstanceOf(DatasetError)
    expect((error as DatasetError).problems).toContainEqual(
      expect.objectContaining({ record: '数据集', field: 'glossary' }),
    )
  })

  it('says so when the page names no dataset at all', async () => {
    const error = await failure(fetchDataset(page(''), answer(text)))
    expect(error?.message).toMatch(/^页面中没有数据集/)
  })
})
