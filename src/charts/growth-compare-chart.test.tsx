// The growth chart opens with the 主要预期目标, draws a solid 2022 bar and a hatched 2023 bar per indicator with the
// figures as the report writes them, and says where the two years measure different things.
import { render, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { datasetSchema } from '@/data/dataset/schema'
import { selectGrowthPairs, selectPairs } from '@/data/select/select-pairs'
import raw from '../../data/qidong-2023.json'
import { GrowthCompareChart } from './growth-compare-chart'
import { series } from './palette'

const TITLE = '2022年实际增速与2023年目标增速'

function renderChart() {
  const { indicators } = datasetSchema.parse(raw)
  render(<GrowthCompareChart pairs={selectGrowthPairs(selectPairs(indicators))} />)
  const figure = screen.getByRole('figure', { name: new RegExp(TITLE) })
  const chart = within(figure).getByRole('img', { name: `${TITLE}（图表，数据见下方数据表）` })
  return { figure, svg: chart.querySelector('svg')! }
}

it('lists the 主要预期目标 first and notes the 村集体经济 pair’s two measures', () => {
  const { figure } = renderChart()
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
  expect(within(figure).getByRole('row', { name: '地区生产总值增速 5 7.5 7.5%左右 +2.5' })).toBeTruthy()
})

it('draws a solid 2022 bar and a hatched 2023 bar per indicator, each labelled as the report writes it', () => {
  const { figure, svg } = renderChart()
  const rows = within(figure).getAllByRole('row').length - 1
  const solid = svg.querySelectorAll(`rect[fill="${series.outcome2022.color}"]`)
  const hatched = svg.querySelectorAll(`rect[fill^="url(#"][stroke="${series.target2023.color}"]`)
  expect(solid).toHaveLength(rows)
  expect(hatched).toHaveLength(rows)
  // The hatch the 2023 bars are filled with is defined in this SVG.
  const hatch = /url\(#(.+)\)/.exec(hatched[0]!.getAttribute('fill')!)![1]!
  expect(svg.querySelector(`pattern[id="${hatch}"]`)).not.toBeNull()
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent)
  // Category names wrap onto two lines of at most 7 characters.
  expect(texts).toEqual(expect.arrayContaining(['地区生产总值增速', '全体居民人均可支配收入增速']))
  expect([...svg.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(
    expect.arrayContaining(['全体居民人均可', '支配收入增速']),
  )
  expect(texts).toEqual(expect.arrayContaining(['5%', '7.5%左右', '17%', '9.5%', '30%以上']))
  expect(texts).toEqual(expect.arrayContaining(['0%', '8%', '16%', '24%', '32%']))
  // Everything it shows is written on the elements: an export's copy needs no page CSS.
  expect(svg.querySelector('[class]:not(svg)')).toBeNull()
  expect(new XMLSerializer().serializeToString(svg)).not.toMatch(/var\(/)
})
