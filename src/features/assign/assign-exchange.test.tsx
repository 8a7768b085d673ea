// A 分解表 that cannot be read is refused with the file's name and each problem; nothing changes, and 知道了 clears it.
// One previewed over a 分解 that changed since (another tab) is refused whole, as the server refuses it (409).
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import {
  ASSIGNMENTS_STORAGE_KEY,
  ASSIGNMENTS_STORE_VERSION,
  getResponsibility,
} from '@/stores/use-assignments'
import { assignmentChanged, assignmentsReloaded } from '@/stores/assignment-actions'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { AssignExchange } from './assign-exchange'

beforeEach(async () => {
  localStorage.clear()
  await assignmentsReloaded()
})

/** The 分解表 import's preview of a file that assigns GDP to 县统计局 */
async function previewGdpAssigned() {
  renderWithDataset(<AssignExchange />, monitorDataset)
  const user = userEvent.setup()
  const csv =
    '\uFEFF目标编号,事项,牵头单位,配合单位,责任领导,责任人,完成时限,报送频次\r\n' +
    'gdp-growth-2023,地区生产总值增速,县统计局,,,,,季报\r\n'
  await user.upload(
    screen.getByLabelText('导入分解表（Excel 或 CSV）'),
    new File([csv], '分解表.csv', { type: 'text/csv' }),
  )
  const dialog = await screen.findByRole('dialog', { name: /分解表\.csv/ })
  return { user, dialog }
}

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

it('refuses 确认导入 when another tab changed the 分解 after the preview, keeps the preview, changes nothing', async () => {
  const { user, dialog } = await previewGdpAssigned()
  // Another tab assigns the item meanwhile (jsdom sends no storage event between tabs: as when it is still on the way).
  const otherTab = {
    units: [{ name: '县发改局', kind: 'county' }],
    leaders: [],
    assignments: [
      {
        itemId: 'gdp-growth-2023',
        leadUnit: '县发改局',
        partnerUnits: [],
        frequency: 'quarterly',
        nodes: [],
        subItems: [],
      },
    ],
  }
  const stored = JSON.stringify({ state: otherTab, version: ASSIGNMENTS_STORE_VERSION })
  localStorage.setItem(ASSIGNMENTS_STORAGE_KEY, stored)

  await user.click(within(dialog).getByRole('button', { name: '确认导入' }))
  const alert = await within(dialog).findByRole('alert')
  expect(alert).toHaveTextContent(
    '未导入：地区生产总值增速的任务分解在预览之后已被修改（可能在另一个标签页或由他人修改），本次没有导入任何内容，现有分解未作改动。',
  )
  expect(localStorage.getItem(ASSIGNMENTS_STORAGE_KEY)).toBe(stored)
  expect(getResponsibility().assignments.map((a) => a.leadUnit)).toEqual(['县发改局'])
  // The file's preview stays; 确认导入 waits for a preview against the 分解 as it is now.
  expect(within(dialog).getByRole('table')).toHaveTextContent('县统计局')
  expect(within(dialog).queryByRole('button', { name: '确认导入' })).toBeNull()

  await user.click(within(dialog).getByRole('button', { name: '按最新分解重新预览' }))
  const again = await screen.findByRole('dialog', { name: /分解表\.csv/ })
  await vi.waitFor(() => {
    expect(within(again).getByRole('table')).toHaveTextContent('牵头单位 县发改局')
  })
  expect(within(again).queryByRole('alert')).toBeNull()
  await user.click(within(again).getByRole('button', { name: '确认导入' }))
  expect(await screen.findByRole('status')).toHaveTextContent('已导入分解表：新增 0 项，修改 1 项。')
  expect(getResponsibility().assignments.map((a) => a.leadUnit)).toEqual(['县统计局'])
})

it('imports over a change made in this same tab before the preview', async () => {
  const base = { partnerUnits: [], frequency: 'quarterly' as const, nodes: [], subItems: [] }
  expect(
    await assignmentChanged({ ...base, itemId: 'gdp-growth-2023', leadUnit: '县发改局' }),
  ).toBeUndefined()
  const { user, dialog } = await previewGdpAssigned()
  await user.click(within(dialog).getByRole('button', { name: '确认导入' }))
  expect(await screen.findByRole('status')).toHaveTextContent('已导入分解表：新增 0 项，修改 1 项。')
  expect(getResponsibility().assignments.map((a) => a.leadUnit)).toEqual(['县统计局'])
})
