// The 通报 tab drafts the 通报 at 本期 with its header, and 印发 keeps a read-only copy listed under 往期通报.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { assignmentsImported, assignmentsReloaded } from '@/stores/assignment-actions'
import { bulletinSettingsReloaded } from '@/stores/use-bulletin-settings'
import { bulletinsReloaded } from '@/stores/use-bulletins'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { entriesImported, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { BulletinView } from './bulletin-view'

const recorded = '2023-07-01T00:00:00.000Z'
beforeEach(async () => {
  localStorage.clear()
  await Promise.all([
    progressReloaded(),
    settingsReloaded(),
    assignmentsReloaded(),
    bulletinsReloaded(),
    bulletinSettingsReloaded(),
  ])
  // An old ?month=6 link: it still opens 本期 2023-06.
  window.history.replaceState(null, '', '/?view=report&month=6')
  await entriesImported([
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
      id: 'c',
      type: 'value',
      targetId: 'retail-sales-2023',
      asOf: '2023-06',
      value: 40,
      basis: 'provisional',
      recordedAt: recorded,
    },
  ])
  await assignmentsImported([
    {
      itemId: 'gdp-growth-2023',
      leadUnit: '县统计局',
      leader: '张三',
      partnerUnits: [],
      frequency: 'quarterly',
      nodes: [],
      subItems: [],
    },
  ])
})

function renderReport() {
  renderWithDataset(<BulletinView />, monitorDataset)
  return userEvent.setup()
}
const paper = () => within(screen.getByRole('article'))

it('drafts the 通报 at 本期 with its 期数, 发文机关 and the standard lines', () => {
  renderReport()
  expect(paper().getByRole('heading', { level: 2 })).toHaveTextContent(
    '关于2023年政府工作报告目标任务1—6月推进情况的通报',
  )
  expect(paper().getByText('第1期')).toBeInTheDocument()
  expect(paper().getAllByText('祁东县人民政府督查室')).toHaveLength(2)
  expect(
    paper().getByText(
      /^地区生产总值（第1项）：增长6.2%，低于目标1.3个百分点。牵头单位：县统计局，责任领导：张三。/,
    ),
  ).toBeInTheDocument()
  expect(
    within(paper().getByRole('region', { name: '四、重点任务' })).getByText('重点任务1项中，未报送1项。'),
  ).toBeInTheDocument()
  // The task, never reported with 6月 due, is 未报送 in the counts as in the sentence after them
  expect(paper().getByRole('region', { name: '一、总体情况' })).toHaveTextContent(
    /未报送(\d+)项，占[\d.]+%。本期应报未报\1项/,
  )
})

it('keeps the 发文机关 once set, and recomputes at the 本期 chosen under 截至', async () => {
  const user = renderReport()
  const issuer = screen.getByRole('textbox', { name: '发文机关' })
  await user.clear(issuer)
  expect(screen.getByRole('alert')).toHaveTextContent('发文机关不能为空')
  await user.type(issuer, '祁东县委督查室')
  await user.tab() // kept on leaving the field
  expect(await paper().findAllByText('祁东县委督查室')).toHaveLength(2)
  expect(localStorage.getItem('qidong-targets.bulletin-settings')).toContain('祁东县委督查室')
  await user.selectOptions(screen.getByRole('combobox', { name: '本期' }), '2023-09')
  expect(window.location.search).toBe('?view=report&period=2023-09')
  expect(paper().getByRole('heading', { level: 2 })).toHaveTextContent('1—9月')
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
  await user.click(screen.getByRole('button', { name: '打印' }))
  expect(print).toHaveBeenCalledOnce()
})

it('印发 keeps a read-only 第1期 under 往期通报 and moves the draft on to 第2期', async () => {
  const user = renderReport()
  await user.click(screen.getByRole('button', { name: '印发' }))
  await user.click(screen.getByRole('button', { name: '确定印发' }))
  expect(screen.getByText(/已印发第1期/)).toBeInTheDocument()
  expect(paper().getByText('第2期')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: '查看第1期' }))
  expect(screen.getByText(/第1期已印发（只读）/)).toBeInTheDocument()
  expect(paper().getByText('第1期')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '印发' })).not.toBeInTheDocument()
})

it('refuses a second 通报 under a 期数 already issued that year, says which, and keeps the draft', async () => {
  const user = renderReport()
  await user.type(screen.getByLabelText('下步工作要求'), '请各单位于10月底前补报。')
  await user.click(screen.getByRole('button', { name: '印发' }))
  await user.click(screen.getByRole('button', { name: '确定印发' }))
  expect(screen.getByText(/已印发第1期/)).toBeInTheDocument()

  await user.type(screen.getByLabelText('下步工作要求'), '再次强调。')
  const issue = screen.getByLabelText('期数')
  await user.tripleClick(issue)
  await user.keyboard('1')
  await user.click(screen.getByRole('button', { name: '印发' }))
  const year = new Date().getFullYear()
  expect(screen.getByText(`${year}年第1期已经印发，期数不能重复，请改为第2期。`)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: '确定印发' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    new RegExp(
      `^未能印发：${year}年第1期已于${year}-\\d\\d-\\d\\d印发（.+），同一年的期数不能重复，请改为第2期后再印发。通报草稿已保留，未作改动。$`,
    ),
  )
  expect(screen.getByLabelText<HTMLTextAreaElement>('下步工作要求').value).toMatch(/补报。再次强调。$/)
  expect(screen.getByLabelText('期数')).toHaveValue(1)
  expect(screen.getAllByRole('button', { name: /^查看第\d+期$/ })).toHaveLength(1)
})
