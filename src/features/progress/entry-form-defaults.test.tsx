// The entry form starts at 本期, asks for 截至月份 rather than assume 1—12月 on an empty store, and asks for 口径
// where 正式 would decide the status.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { getEntries, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ProgressView } from './progress-view'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await settingsReloaded()
})

async function openForm(search: string, name: string) {
  window.history.replaceState(null, '', `/${search}`)
  renderWithDataset(<ProgressView />, monitorDataset)
  const user = userEvent.setup()
  const button = screen.getByRole('button', { name: `录入进度：${name}` })
  await user.click(button)
  return { user, form: within(button.closest('li')!) }
}

it('starts 截至月份 at the chosen 本期', async () => {
  const { form } = await openForm('?view=progress&period=2023-09', '地区生产总值增速')
  expect(form.getByLabelText('截至月份')).toHaveDisplayValue('1—9月（前三季度）')
  expect(form.getByRole('radio', { name: '预计' })).toBeChecked()
})

it('asks for 截至月份 instead of assuming 1—12月 when nothing is recorded yet', async () => {
  // With no ?period= the default 本期 after 2023 is 12月 (period.ts); this test runs after 2023.
  const { user, form } = await openForm('?view=progress', '地区生产总值增速')
  const month = form.getByLabelText('截至月份')
  expect(month).toHaveDisplayValue('请选择')
  await user.type(form.getByLabelText('数值（%）'), '6.2')
  await user.click(form.getByRole('button', { name: '保存记录' }))
  expect(month).toHaveAccessibleDescription(/请选择截至月份/)
  expect(getEntries()).toHaveLength(0)
})

it('asks for 口径 on a running total, where 正式 can decide 已完成', async () => {
  const { user, form } = await openForm('?view=progress&period=2023-06', '新增规模工业企业')
  expect(form.getByRole('radio', { name: '预计' })).not.toBeChecked()
  expect(form.getByRole('radio', { name: '正式' })).not.toBeChecked()
  await user.type(form.getByLabelText('数值（家）'), '6')
  await user.click(form.getByRole('button', { name: '保存记录' }))
  expect(form.getByRole('group', { name: '口径' })).toHaveAccessibleDescription(/请选择口径：预计或正式/)
  expect(form.getByLabelText('数值（家）')).toHaveValue('6')
  await user.click(form.getByRole('radio', { name: '正式' }))
  await user.click(form.getByRole('button', { name: '保存记录' }))
  expect(getEntries()).toMatchObject([{ asOf: '2023-06', value: 6, basis: 'final' }])
})
