// Filters in the URL narrow the sector panels: choosing a sector leaves only its panel; clearing restores all.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { fixtureDataset } from '@/test-support/dataset-fixture'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { panelsMounted, shownPanels } from '@/test-support/shown-panels'
import { Dashboard } from './dashboard'
import { ViewBar } from './view-bar'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

it('filtering by a sector leaves only its panel and writes it to the URL', { timeout: 20_000 }, async () => {
  const user = userEvent.setup()
  const dataset = fixtureDataset()
  renderWithDataset(<Dashboard />, dataset)
  await panelsMounted()
  expect(shownPanels()).toHaveLength(dataset.sectors.length)
  const group = screen.getByRole('group', { name: '按领域筛选' })
  await user.click(within(group).getByRole('checkbox', { name: /乡村振兴/ }))
  expect(shownPanels()).toEqual(['sector-rural'])
  expect(window.location.search).toBe('?sector=rural')
  const panel = document.getElementById('sector-rural')!
  expect(panel).toHaveAccessibleName(/^乡村振兴/)
  expect(within(panel).getByRole('row', { name: /新建高标准农田/ })).toHaveTextContent('8.24万亩')
  expect(within(panel).getByText('建成湘江引水工程')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: '清除筛选' }))
  expect(shownPanels()).toHaveLength(dataset.sectors.length)
  expect(window.location.search).toBe('')
})

it('searches names and quotes in Chinese and says when nothing matches', { timeout: 20_000 }, async () => {
  const user = userEvent.setup()
  renderWithDataset(
    <>
      <ViewBar />
      <Dashboard />
    </>,
    fixtureDataset(),
  )
  await panelsMounted()
  await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), '产业园')
  expect(shownPanels()).toEqual(['sector-industry'])
  expect(new URLSearchParams(window.location.search).get('q')).toBe('产业园')
  await user.type(screen.getByRole('searchbox', { name: '搜索指标' }), '不存在')
  expect(shownPanels()).toEqual([])
  expect(screen.getByText('没有符合筛选条件的指标或任务。')).toBeInTheDocument()
})

it('opens the 原文 view of an indicator through ?source=', { timeout: 20_000 }, async () => {
  const user = userEvent.setup()
  renderWithDataset(<Dashboard />, fixtureDataset())
  await panelsMounted()
  const panel = document.getElementById('sector-rural')!
  await user.click(within(panel).getByRole('button', { name: '原文：新建高标准农田（2023年目标）' }))
  expect(new URLSearchParams(window.location.search).get('passage')).toBe('farmland-2023')
})
