// 未报送 lists the 牵头单位 that owe 本期's figure; 复制催报通知 copies the message, or shows it when it cannot.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { assignmentsReloaded, unitAdded, assignmentChanged } from '@/stores/assignment-actions'
import { entryRecorded, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ChasePanel } from './chase-panel'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await assignmentsReloaded()
  window.history.replaceState(null, '', '/?view=progress&period=2023-09')
  await unitAdded('县统计局', 'county')
  await unitAdded('县商务局', 'county')
  const base = { partnerUnits: [], nodes: [], subItems: [] }
  await assignmentChanged({
    ...base,
    itemId: 'gdp-growth-2023',
    leadUnit: '县统计局',
    frequency: 'quarterly',
  })
  await assignmentChanged({
    ...base,
    itemId: 'retail-sales-2023',
    leadUnit: '县商务局',
    frequency: 'monthly',
  })
  await entryRecorded({
    type: 'value',
    targetId: 'retail-sales-2023',
    asOf: '2023-09',
    value: 120,
    basis: 'provisional',
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

function renderPanel() {
  renderWithDataset(<ChasePanel />, monitorDataset)
  return userEvent.setup()
}

it('lists 县统计局 with its 9月 GDP figure, and not the unit that reported', () => {
  renderPanel()
  const list = screen.getByRole('list', { name: '未报送' })
  expect(
    within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['县统计局（1项）地区生产总值增速（1—9月）'])
})

it('copies the 催报通知 and says 已复制', async () => {
  const user = renderPanel()
  const writeText = vi.fn(() => Promise.resolve())
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  await user.click(screen.getByRole('button', { name: '复制催报通知' }))
  expect(await screen.findByRole('status')).toHaveTextContent('已复制')
  expect(writeText).toHaveBeenCalledOnce()
  const message = (writeText.mock.calls[0] as unknown as [string])[0]
  expect(message).toContain('1. 县统计局：地区生产总值增速（1—9月）')
  expect(message).toContain('报送截止日为2023年9月25日')
})

it('shows the message selected for Ctrl+C when the clipboard is refused', async () => {
  const user = renderPanel()
  const writeText = vi.fn(() => Promise.reject(new Error('NotAllowedError')))
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  await user.click(screen.getByRole('button', { name: '复制催报通知' }))
  const fallback = await screen.findByRole('textbox', { name: /请按 Ctrl\+C/ })
  expect((fallback as HTMLTextAreaElement).value).toContain('县统计局：地区生产总值增速（1—9月）')
  expect(screen.getByRole('status')).not.toHaveTextContent('已复制')
})

it('counts the owed items that have no 牵头单位 beside the units it lists', () => {
  renderPanel()
  expect(screen.getByText('另有3项未报送事项尚未明确牵头单位，请在“任务分解”中分解到单位。')).toBeVisible()
})

it('says plainly that every owed item lacks a 牵头单位 once the assigned units have reported', async () => {
  await entryRecorded({
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-09',
    value: 6.1,
    basis: 'provisional',
  })
  renderPanel()
  expect(
    screen.getByText('本期应报未报3项，均尚未明确牵头单位，无责任单位可催报。请在“任务分解”中分解到单位。'),
  ).toBeVisible()
  expect(screen.queryByText(/均已报送|另有/)).toBeNull()
  expect(screen.queryByRole('button', { name: '复制催报通知' })).toBeNull()
})
