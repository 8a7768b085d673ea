// The bullet chart is plain SVG: its figure keeps its accessible name, its labels and its data-table alternative.
import { render, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { indicator } from '@/test-support/dataset-fixture'
import { BulletChart } from './bullet-chart'

const farm = (id: string, value: number) =>
  indicator({
    id,
    sector: 'rural',
    name: '新建高标准农田',
    value,
    unit: '万亩',
    measure: 'level',
    quote: 'x',
  })

it('draws the 2022 bar, the target diamond and the actual with their labels, and the same figures in the table', () => {
  render(
    <BulletChart
      pair={{ outcome: farm('farm-2022', 8.24), target: farm('farm-2023', 4.6) }}
      actual={{ value: 4, asOf: '6月（预计）', status: '超进度' }}
    />,
  )
  const figure = screen.getByRole('figure', { name: '新建高标准农田' })
  const chart = within(figure).getByRole('img', { name: '新建高标准农田（图表，数据见下方数据表）' })
  const texts = [...chart.querySelectorAll('svg text')].map((t) => t.textContent)
  expect(texts).toEqual(expect.arrayContaining(['2022年', '2023年', '8.24万亩', '目标 4.6万亩', '4万亩']))
  expect(chart.querySelector('svg [class]')).toBeNull()
  const table = within(figure).getByRole('table', { name: '新建高标准农田数据表' })
  expect(within(table).getByRole('row', { name: /2023年实际 4 4万亩/ })).toBeTruthy()
  expect(within(figure).getByText(/2023年实际截至6月（预计） · 状态：超进度/)).toBeTruthy()
})
