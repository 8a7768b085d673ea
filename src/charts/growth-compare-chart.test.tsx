// The growth chart opens with the 主要预期目标 and says where the two years measure different things.
import { render, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { datasetSchema } from '@/data/dataset/schema'
import { selectGrowthPairs, selectPairs } from '@/data/select/select-pairs'
import raw from '../../data/qidong-2023.json'
import { GrowthCompareChart } from './growth-compare-chart'

it('lists the 主要预期目标 first and notes the 村集体经济 pair’s two measures', () => {
  const { indicators } = datasetSchema.parse(raw)
  render(<GrowthCompareChart pairs={selectGrowthPairs(selectPairs(indicators))} />)
  const figure = screen.getByRole('figure', { name: /2022年实际增速与2023年目标增速/ })
  const names = within(figure)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.firstElementChild?.textContent)
  expect(names.slice(0, 6)).toEqual([
    '地区生产总值增速',
    '规模工业增加值增速',
    '固定资产投资增速',
    '社会消费品零售总额增速',
    '地方一般公共预算收入增速',
    '全体居民人均可支配收入增速',
  ])
  expect(names.at(-1)).toBe('村集体经济收入增速')
  expect(
    within(figure).getByText(/村集体经济收入增速：2022年为全县村集体经济收入同比增速/),
  ).toBeInTheDocument()
})
