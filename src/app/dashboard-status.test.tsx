// A recorded entry's status flows into the dashboard: headline card, status overview, sector panel, bullet chart and filter.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { entryRecorded, progressReloaded } from '@/stores/use-progress'
import { fixtureDataset } from '@/test-support/dataset-fixture'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { panelsMounted, shownPanels } from '@/test-support/shown-panels'
import { Dashboard } from './dashboard'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await settingsReloaded()
  window.history.replaceState(null, '', '/')
  await entryRecorded({
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-12',
    value: 6.2,
    basis: 'final',
  })
  await entryRecorded({
    type: 'value',
    targetId: 'farmland-2023',
    asOf: '2023-12',
    value: 2,
    basis: 'provisional',
  })
})

it(
  'shows each status on the headline card, in the overview counts and in the sector panel',
  { timeout: 40_000 },
  async () => {
    renderWithDataset(<Dashboard />, fixtureDataset())
    await panelsMounted()
    const gdp = screen.getByRole('article', { name: '地区生产总值增速' })
    expect(gdp).toHaveTextContent('未完成')
    expect(gdp).toHaveTextContent('最新：6.2% · 1—12月（全年） · 正式')

    const overview = screen.getByRole('region', { name: '2023年目标进度' })
    expect(overview).toHaveTextContent('本期 2023年12月')
    expect(within(overview).getByRole('button', { name: /未完成 1项/ })).toBeInTheDocument()
    expect(within(overview).getByRole('button', { name: /欠进度 1项/ })).toBeInTheDocument()

    const economy = document.getElementById('sector-economy')!
    expect(within(economy).getByRole('row', { name: /地区生产总值增速/ })).toHaveTextContent('未完成')
    expect(within(economy).getByRole('list', { name: '综合经济各状态项数' })).toHaveTextContent('未完成 1')
    const rural = document.getElementById('sector-rural')!
    expect(within(rural).getByRole('row', { name: /新建高标准农田/ })).toHaveTextContent('欠进度')
    // Never reported and its 12月 period due: 未报送, as the 通报 counts it
    expect(within(rural).getByText('建成湘江引水工程').closest('li')).toHaveTextContent('未报送')
  },
)

it('draws the actual on the bullet chart with its month, basis and status', { timeout: 20_000 }, async () => {
  renderWithDataset(<Dashboard />, fixtureDataset())
  await panelsMounted()
  const rural = document.getElementById('sector-rural')!
  const chart = await within(rural).findByRole('figure', { name: '新建高标准农田' }, { timeout: 15_000 })
  expect(chart).toHaveTextContent('2023年实际截至12月（预计） · 状态：欠进度')
  expect(within(chart).getByRole('row', { name: /2023年实际/ })).toHaveTextContent('2万亩')
})

it(
  'filters the panels by status from the filter bar and from the overview',
  { timeout: 40_000 },
  async () => {
    const user = userEvent.setup()
    renderWithDataset(<Dashboard />, fixtureDataset())
    await panelsMounted()
    const group = screen.getByRole('group', { name: '按进度状态筛选' })
    expect(group).toHaveAccessibleDescription('按2023年目标和工作任务的状态；只有2022年数据的指标不参与')
    await user.click(within(group).getByRole('checkbox', { name: '欠进度 1' }))
    expect(window.location.search).toBe('?status=behind')
    expect(shownPanels()).toEqual(['sector-rural'])
    await user.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(shownPanels()).toHaveLength(fixtureDataset().sectors.length)

    await user.click(screen.getByRole('button', { name: /未完成 1项/ }))
    expect(shownPanels()).toEqual(['sector-economy'])
    expect(within(group).getByRole('checkbox', { name: '未完成 1' })).toBeChecked()
  },
)

it(
  'shows a 未报送 item with its last reported figure and the periods missing, on the card and in the panels',
  { timeout: 40_000 },
  async () => {
    await entryRecorded({
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-09',
      value: 7.6,
      basis: 'provisional',
    })
    await entryRecorded({
      type: 'value',
      targetId: 'farmland-2023',
      asOf: '2023-09',
      value: 1,
      basis: 'provisional',
    })
    window.history.replaceState(null, '', '/?period=2023-11')
    renderWithDataset(<Dashboard />, fixtureDataset())
    await panelsMounted()
    const gdp = screen.getByRole('article', { name: '地区生产总值增速' })
    // GDP is a 季报 item: its 1—9月 figure is still the one due in 11月
    expect(gdp).toHaveTextContent('达进度')
    const rural = document.getElementById('sector-rural')!
    const farmland = within(rural).getByRole('row', { name: /新建高标准农田/ })
    expect(farmland).toHaveTextContent('未报送')
    expect(farmland).toHaveTextContent('最近报送：1万亩 · 1—9月（前三季度） · 预计；缺报2期')
  },
)

it(
  'keeps every panel’s chart and table in place when a status filter hides them all and is cleared again',
  { timeout: 40_000 },
  async () => {
    const user = userEvent.setup()
    renderWithDataset(<Dashboard />, fixtureDataset())
    await panelsMounted()
    const rural = document.getElementById('sector-rural')!
    const chart = await within(rural).findByRole('figure', { name: '新建高标准农田' }, { timeout: 15_000 })
    const row = within(rural).getByRole('row', { name: /新建高标准农田/ })
    const ahead = within(screen.getByRole('group', { name: '按进度状态筛选' })).getByRole('checkbox', {
      name: '超进度 0',
    })
    await user.click(ahead)
    expect(shownPanels()).toEqual([])
    expect(screen.getByText('没有符合筛选条件的指标或任务。')).toBeInTheDocument()
    await user.click(ahead)
    expect(shownPanels()).toHaveLength(fixtureDataset().sectors.length)
    // The same elements, not rebuilt ones: the filter only hid and showed them.
    expect(within(rural).getByRole('figure', { name: '新建高标准农田' })).toBe(chart)
    expect(within(rural).getByRole('row', { name: /新建高标准农田/ })).toBe(row)
  },
)

// The rule of 未报送 once a period is due, as the dashboard counts it (the 通报 counts the same: monitoring/bulletin.test.ts).
it(
  'counts an item never reported as 未报送 once its first period is due, not before, and no more once reported',
  { timeout: 40_000 },
  async () => {
    window.history.replaceState(null, '', '/?period=2023-02')
    const dataset = fixtureDataset()
    const items = dataset.indicators.filter((i) => i.kind === 'target').length + dataset.tasks.length
    // 季报 by default: nothing of theirs is due before March; every other item owes January and February
    const quarterly = ['gdp-growth-2023', 'disposable-income-growth-2023'].filter((id) =>
      dataset.indicators.some((i) => i.id === id),
    )
    expect(quarterly).toContain('gdp-growth-2023')
    renderWithDataset(<Dashboard />, dataset)
    await panelsMounted()
    const overview = screen.getByRole('region', { name: '2023年目标进度' })
    const count = (label: string) =>
      Number(
        within(overview)
          .getByRole('button', { name: new RegExp(`^${label} \\d+项`) })
          .textContent.match(/(\d+)项/)?.[1],
      )
    expect(count('未报送')).toBe(items - quarterly.length)
    expect(count('未到报送期')).toBe(quarterly.length)
    expect(screen.getByRole('article', { name: '地区生产总值增速' })).toHaveTextContent('未到报送期')
    const rural = document.getElementById('sector-rural')!
    expect(within(rural).getByRole('row', { name: /新建高标准农田/ })).toHaveTextContent('未报送')

    await entryRecorded({
      type: 'value',
      targetId: 'farmland-2023',
      asOf: '2023-02',
      value: 0.8,
      basis: 'provisional',
    })
    await waitFor(() => {
      expect(count('未报送')).toBe(items - quarterly.length - 1)
    })
    expect(within(rural).getByRole('row', { name: /新建高标准农田/ })).not.toHaveTextContent('未报送')
  },
)
