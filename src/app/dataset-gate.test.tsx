// A dataset that fails validation shows which field of which record is wrong, never a blank page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { DatasetGate } from './dataset-gate'

// The build refuses such a file (src/build/checked-dataset.ts); the gate still shows a DatasetError from loading.
vi.mock('@/data/dataset/load-dataset', async () => {
  const { parseDataset } = await import('@/data/dataset/parse-dataset')
  const real = (await import('../../data/qidong-2023.json')).default
  const broken = {
    ...real,
    indicators: [
      { id: 'gdp-growth-2023', sector: 'economy', name: '地区生产总值增速', year: 2024, kind: 'target' },
    ],
  }
  return { loadDataset: () => parseDataset(broken) }
})

it('lists the record id and the wrong fields instead of rendering the children', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <DatasetGate>
        <p>看板内容</p>
      </DatasetGate>
    </QueryClientProvider>,
  )
  const alert = await screen.findByRole('alert', {}, { timeout: 10_000 })
  expect(within(alert).getByRole('heading')).toHaveTextContent('数据集格式有误')
  const items = within(alert)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  expect(items).toContainEqual(expect.stringMatching(/^indicators\[0\]（id: gdp-growth-2023） 字段 year：/))
  expect(items).toContainEqual(expect.stringMatching(/^indicators\[0\]（id: gdp-growth-2023） 字段 value：/))
  expect(within(alert).getByRole('button', { name: '重新加载' })).toBeInTheDocument()
  expect(screen.queryByText('看板内容')).toBeNull()
})
