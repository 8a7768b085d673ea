// A 分解表 that cannot be read is refused with the file's name and each problem; nothing changes, and 知道了 clears it.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { getResponsibility } from '@/stores/use-assignments'
import { assignmentsReloaded } from '@/stores/assignment-actions'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { AssignExchange } from './assign-exchange'

beforeEach(async () => {
  localStorage.clear()
  await assignmentsReloaded()
})

it('refuses a file without the 分解表 columns, says why, and keeps the 任务分解 as it was', async () => {
  renderWithDataset(<AssignExchange />, monitorDataset)
  const user = userEvent.setup()
  const before = getResponsibility().assignments
  const file = new File(['\uFEFF姓名,电话\n张三,123\n'], '通讯录.csv', { type: 'text/csv' })
  await user.upload(screen.getByLabelText('导入分解表（Excel 或 CSV）'), file)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('未导入“通讯录.csv”，现有记录保持不变。')
  expect(alert.querySelectorAll('li').length).toBeGreaterThan(0)
  expect(getResponsibility().assignments).toEqual(before)
  await user.click(screen.getByRole('button', { name: '知道了' }))
  expect(screen.queryByRole('alert')).toBeNull()
})
