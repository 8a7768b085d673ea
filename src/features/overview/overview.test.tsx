// The overview shows the six 主要预期目标 as the report words them, each beside its 2022 value and the gap.
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { fixtureDataset, realDataset } from '@/test-support/dataset-fixture'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { Overview } from './overview'

it('shows the six headline targets of the real dataset verbatim, with 2022 values and points differences', () => {
  renderWithDataset(<Overview />, realDataset())
  const section = screen.getByRole('region', { name: '2023年主要预期目标' })
  const cards = within(section).getAllByRole('article')
  expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
    '地区生产总值增速',
    '规模工业增加值增速',
    '固定资产投资增速',
    '社会消费品零售总额增速',
    '地方一般公共预算收入增速',
    '全体居民人均可支配收入增速',
  ])
  const figures = ['7.5%左右', '8.5%左右', '9.5%', '8%左右', '6%', '7.5%左右']
  cards.forEach((card, i) => {
    expect(within(card).getByText(figures[i]!)).toBeInTheDocument()
  })
  const gdp = screen.getByRole('article', { name: '地区生产总值增速' })
  expect(gdp).toHaveTextContent('2022年完成5%')
  expect(gdp).toHaveTextContent('高2.5个百分点')
  expect(screen.getByRole('article', { name: '固定资产投资增速' })).toHaveTextContent('低7.5个百分点')
  expect(
    within(gdp).getByRole('button', { name: '原文：地区生产总值增速（2023年目标）' }),
  ).toBeInTheDocument()
})

it('counts targets, outcomes and tasks per sector, linking to each panel', () => {
  renderWithDataset(<Overview />, fixtureDataset())
  const counts = screen.getByRole('region', { name: '各领域目标与任务数' })
  const rural = within(counts).getByRole('row', { name: /乡村振兴/ })
  expect(
    within(rural)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['1', '1', '1'])
  expect(within(rural).getByRole('link', { name: '乡村振兴' })).toHaveAttribute('href', '#sector-rural')
})

it(
  'draws the growth comparison chart with a data table of every growth pair',
  { timeout: 20_000 },
  async () => {
    renderWithDataset(<Overview />, fixtureDataset())
    // The chart is a lazy chunk: allow for its first import on a busy machine.
    const chart = await screen.findByRole(
      'figure',
      { name: '2022年实际增速与2023年目标增速' },
      { timeout: 15_000 },
    )
    const table = within(chart).getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(7)
    expect(within(table).getByRole('row', { name: /固定资产投资增速/ })).toHaveTextContent('179.59.5%-7.5')
    expect(chart.querySelector('[data-chart-body] svg')).not.toBeNull()
  },
)
