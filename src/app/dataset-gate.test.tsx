// A dataset file that is missing or malformed is explained in Chinese (what is wrong, where), never a blank page.
import { render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import real from '../../data/qidong-2023.json'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { DATASET_ELEMENT_ID } from '@/lib/dataset-markers'
import { DatasetGate } from './dataset-gate'

// The build refuses a malformed dataset (src/build/checked-dataset.ts); the gate still explains a file that reached
// the page altered (a host that rewrote it, a file of another shape under the same name).
const broken: Record<string, unknown> = { ...real, indicators: { 'gdp-growth-2023': real.indicators[0] } }
delete broken.tasks
// As the served build ships it: no dataset inline in the page (test-setup-dom.ts puts one there), a file to fetch.
let inline: HTMLElement | null = null
beforeEach(() => {
  inline = document.getElementById(DATASET_ELEMENT_ID)
  inline?.remove()
  const link = document.createElement('link')
  Object.assign(link, { rel: 'preload', as: 'fetch', href: '/assets/qidong-2023-ab12.json' })
  link.setAttribute('data-dataset', '')
  document.head.append(link)
})
afterEach(() => {
  document.head.querySelector('link[data-dataset]')?.remove()
  if (inline) document.head.append(inline)
  vi.unstubAllGlobals()
})
const served = (body: string, status = 200) => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  )
}
const renderGate = () => {
  render(
    <DatasetProvider>
      <DatasetGate>
        <p>看板内容</p>
      </DatasetGate>
    </DatasetProvider>,
  )
}

it('lists the wrong fields of the file instead of rendering the children', async () => {
  served(JSON.stringify(broken))
  renderGate()
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(within(alert).getByRole('heading')).toHaveTextContent('数据集格式有误')
  const items = within(alert)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  expect(items).toContainEqual(expect.stringMatching(/^数据集 字段 indicators：无效输入：期望 数组/))
  expect(items).toContainEqual(expect.stringMatching(/^数据集 字段 tasks：无效输入：期望 数组/))
  expect(within(alert).getByRole('button', { name: '重新加载' })).toBeInTheDocument()
  expect(screen.queryByText('看板内容')).toBeNull()
})

it('says the dataset file could not be downloaded, in Chinese, with a way to retry', async () => {
  served('Not Found', 404)
  renderGate()
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(within(alert).getByRole('heading')).toHaveTextContent('数据加载失败')
  expect(alert).toHaveTextContent(
    '无法下载数据集文件 qidong-2023-ab12.json（服务器回答 404）。请检查网络后重新加载。',
  )
  expect(within(alert).getByRole('button', { name: '重新加载' })).toBeInTheDocument()
  expect(screen.queryByText('看板内容')).toBeNull()
})

it('shows a file that is not JSON as a malformed dataset', async () => {
  served('<!doctype html><title>404</title>')
  renderGate()
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(within(alert).getByRole('heading')).toHaveTextContent('数据集格式有误')
  expect(within(alert).getByRole('listitem').textContent).toMatch(
    /^数据集 字段 \(整个文件\)：不是有效的 JSON/,
  )
})
