// On the shared server only the 督查室 edits the 任务分解, 单位名录 and 责任领导; a leader or reporter reads them.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import type { Account } from '@/monitoring/permissions'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { assignmentsImported, assignmentsReloaded, leaderAdded, unitAdded } from '@/stores/assignment-actions'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { AssignView } from './assign-view'

// The signed-in account, as the session would give it after a login on the server
const session = vi.hoisted(() => ({ account: undefined as Account | undefined }))
vi.mock('@/stores/use-session', async (original) => ({
  ...(await original<typeof import('@/stores/use-session')>()),
  useAccount: () => session.account,
}))
const as = (role: Account['role'], unit: string | null = null) => {
  session.account = { login: role, name: role, role, unit }
}

beforeEach(async () => {
  localStorage.clear()
  session.account = undefined
  await assignmentsReloaded()
  window.history.replaceState(null, '', '/?view=assign&period=2023-09')
  await unitAdded('县统计局', 'county')
  await leaderAdded('张三', '副县长')
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

const item = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^${name}`) })

it.each([
  ['leader', null],
  ['reporter', '县统计局'],
] as const)('shows a %s the 任务分解 as text, with nothing to edit', (role, unit) => {
  as(role, unit)
  renderWithDataset(<AssignView />, monitorDataset)
  expect(screen.getByText('任务分解由县政府督查室维护，此处仅供查看。')).toBeInTheDocument()
  expect(item('地区生产总值增速')).toHaveTextContent('牵头单位 县统计局 · 责任领导 张三 · 季报')
  expect(screen.getByText('县统计局', { selector: 'span' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /^分解：/ })).not.toBeInTheDocument()
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '添加单位' })).not.toBeInTheDocument()
  expect(screen.queryByLabelText(/^导入/)).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /张三/ })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: /导出.*Excel/ })).toBeInTheDocument()
})

it('gives the 督查室 the editors, as in a browser without accounts', async () => {
  as('admin')
  renderWithDataset(<AssignView />, monitorDataset)
  expect(screen.queryByText(/此处仅供查看/)).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: '添加单位' })).toBeInTheDocument()
  expect(screen.getByLabelText('导入分解表（Excel 或 CSV）')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '删除领导：张三' })).toBeInTheDocument()
  await userEvent.setup().click(screen.getByRole('button', { name: '分解：地区生产总值增速' }))
  expect(screen.getByRole('form', { name: '分解：地区生产总值增速' })).toBeInTheDocument()
  expect(screen.getByLabelText('牵头单位')).toBeEnabled()
})
