// An impossible figure (1e999, growth over 1000 %, 1000 × the target) stays in its field with a message; nothing is saved.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { getEntries, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ProgressView } from './progress-view'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  window.history.replaceState(null, '', '/?view=progress')
})

it.each([
  ['地区生产总值增速', '数值（%）', '1e999', '数值超出可记录的范围，请核对是否多写了位数'],
  ['地区生产总值增速', '数值（%）', '1200', '增速超过 1000%，不像是真实数据，请核对'],
  ['社会消费品零售总额', '数值（亿元）', '200000', '数值超过全年目标的 1000 倍，请核对单位和位数'],
])('%s: “%s” %s is refused on the field', async (name, label, raw, message) => {
  renderWithDataset(<ProgressView />, monitorDataset)
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: `录入进度：${name}` }))
  const form = within(screen.getByRole('button', { name: '保存记录' }).closest('form')!)
  const field = form.getByLabelText(label)
  await user.type(field, raw)
  await user.click(form.getByRole('button', { name: '保存记录' }))
  expect(field).toHaveAccessibleDescription(expect.stringContaining(message))
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(field).toHaveValue(raw)
  expect(getEntries()).toEqual([])
})
