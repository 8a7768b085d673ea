// The 通报 shows, as of 本期, every count by sector and each 欠进度/未完成/未报送 item with its latest figure.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { assignmentChanged, assignmentsReloaded, unitAdded } from '@/stores/use-assignments'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { entriesImported, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { BulletinView } from './bulletin-view'

const recorded = '2023-12-01T00:00:00.000Z'
beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await settingsReloaded()
  // An old ?month=6 link: it still opens 本期 2023-06.
  window.history.replaceState(null, '', '/?view=report&month=6')
  entriesImported([
    {
      id: 'a',
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-06',
      value: 6.2,
      basis: 'provisional',
      recordedAt: recorded,
    },
    {
      id: 'b',
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-12',
      value: 6.0,
      basis: 'final',
      recordedAt: recorded,
    },
    {
      id: 'c',
      type: 'value',
      targetId: 'retail-sales-2023',
      asOf: '2023-06',
      value: 40,
      basis: 'provisional',
      recordedAt: recorded,
    },
    {
      id: 'd',
      type: 'task',
      targetId: 'task-xiangjiang-water-diversion',
      asOf: '2023-02',
      taskStatus: 'in_progress',
      recordedAt: recorded,
    },
  ])
})

function renderBulletin() {
  renderWithDataset(<BulletinView />, monitorDataset)
  return userEvent.setup()
}

const section = (name: string) => within(screen.getByRole('region', { name }))
const rows = (name: string) =>
  section(name)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent))

it('titles the 通报 by its month and counts every target by sector', () => {
  renderBulletin()
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
    '祁东县2023年政府工作报告目标任务推进情况通报（截至6月）',
  )
  expect(
    screen.getByText(/纳入监测的目标任务共5项，其中欠进度2项、未报送1项、无数据2项。/),
  ).toBeInTheDocument()
  expect(rows('一、总体情况')).toEqual([
    ['产业发展', '0', '0', '1', '0', '0', '0', '1', '2'],
    ['项目园区', '0', '0', '0', '0', '0', '1', '0', '1'],
    ['民生保障', '0', '0', '0', '0', '0', '0', '1', '1'],
    ['综合经济', '0', '0', '1', '0', '0', '0', '0', '1'],
    ['合计', '0', '0', '2', '0', '0', '1', '2', '5'],
  ])
})

it('lists the 欠进度 and 未报送 items with target, latest figure and date, and 无。 where there are none', () => {
  renderBulletin()
  expect(rows('二、欠进度事项')).toEqual([
    [
      '1',
      '产业发展',
      '社会消费品零售总额',
      '突破168亿元',
      '40亿元 · 1—6月（上半年） · 预计',
      '完成率 23.8%，序时进度 50%',
    ],
    ['2', '综合经济', '地区生产总值增速', '7.5%左右', '6.2% · 1—6月（上半年） · 预计', '较目标低1.3个百分点'],
  ])
  expect(section('三、未完成事项').getByText('无。')).toBeInTheDocument()
  expect(rows('四、未报送事项')).toEqual([
    [
      '1',
      '项目园区',
      '加快湘江引水工程建设',
      '重点任务',
      '推进中 · 1—2月',
      '已有4期未报送，最近一次报送截至2月',
    ],
  ])
})

it('recomputes as of the month chosen under 本期, and prints on 打印', async () => {
  const user = renderBulletin()
  const asOf = screen.getByRole('combobox', { name: '本期' })
  await user.selectOptions(asOf, '2023年9月')
  expect(window.location.search).toBe('?view=report&period=2023-09')
  // December is the default 本期 after 2023, so the link leaves it out.
  await user.selectOptions(asOf, '2023年12月（默认）')
  expect(window.location.search).toBe('?view=report')
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('（截至12月）')
  expect(rows('三、未完成事项').map((r) => r.slice(2, 5))).toEqual([
    ['地区生产总值增速', '7.5%左右', '6% · 1—12月（全年） · 正式'],
  ])
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
  await user.click(screen.getByRole('button', { name: '打印' }))
  expect(print).toHaveBeenCalledOnce()
})

it('states each listed item’s 进展情况, 存在问题 and 下一步措施, and names the units that owe 本期', async () => {
  await assignmentsReloaded()
  unitAdded('县统计局', 'county')
  unitAdded('县商务局', 'county')
  const base = { partnerUnits: [], nodes: [], subItems: [] }
  assignmentChanged({ ...base, itemId: 'gdp-growth-2023', leadUnit: '县统计局', frequency: 'quarterly' })
  assignmentChanged({ ...base, itemId: 'retail-sales-2023', leadUnit: '县商务局', frequency: 'monthly' })
  entriesImported([
    {
      id: 'c',
      type: 'value',
      targetId: 'retail-sales-2023',
      asOf: '2023-06',
      value: 40,
      basis: 'provisional',
      problems: '大宗消费回落',
      nextSteps: '开展促消费活动',
      recordedAt: '2023-06-20T00:00:00.000Z',
    },
  ])
  window.history.replaceState(null, '', '/?view=report&period=2023-07')
  renderBulletin()
  // Retail's last figure is for 6月: 未报送 at 7月, and its narrative stands under its row
  const lines = section('四、未报送事项')
    .getAllByRole('row')
    .map((r) => r.textContent)
  const at = lines.findIndex((l) => l.includes('社会消费品零售总额'))
  expect(lines[at + 1]).toBe('存在问题：大宗消费回落下一步措施：开展促消费活动')
  // 7月: retail (月报) has no 7月 figure; GDP (季报) still stands on its 6月 figure
  expect(section('五、各单位报送情况').getByText(/未报送的单位/)).toHaveTextContent(
    '未报送的单位1个：县商务局（社会消费品零售总额）。',
  )
})
