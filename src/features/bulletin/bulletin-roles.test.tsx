// On the shared server only the 督查室 edits the 通报's settings, 印发 it and issues 督办单; a leader reads.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import type { Account } from '@/monitoring/permissions'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { assignmentsImported, assignmentsReloaded } from '@/stores/assignment-actions'
import { bulletinSettingsReloaded } from '@/stores/use-bulletin-settings'
import { bulletinsReloaded } from '@/stores/use-bulletins'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { entriesImported, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { BulletinView } from './bulletin-view'

// The signed-in account, as the session would give it after a login on the server
const session = vi.hoisted(() => ({ account: undefined as Account | undefined }))
vi.mock('@/stores/use-session', async (original) => ({
  ...(await original<typeof import('@/stores/use-session')>()),
  useAccount: () => session.account,
}))
const as = (role: Account['role']) => {
  session.account = { login: role, name: role, role, unit: null }
}

beforeEach(async () => {
  localStorage.clear()
  session.account = undefined
  await Promise.all([
    progressReloaded(),
    settingsReloaded(),
    assignmentsReloaded(),
    bulletinsReloaded(),
    bulletinSettingsReloaded(),
  ])
  window.history.replaceState(null, '', '/?view=report&period=2023-06')
  // 6.2% against a 7.5% target: a yellow light, so 生成督办单 is offered to whoever may issue one
  await entriesImported([
    {
      id: 'a',
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-06',
      value: 6.2,
      basis: 'provisional',
      recordedAt: '2023-07-01T00:00:00.000Z',
    },
  ])
  await assignmentsImported([
    {
      itemId: 'gdp-growth-2023',
      leadUnit: '县统计局',
      partnerUnits: [],
      frequency: 'quarterly',
      nodes: [],
      subItems: [],
    },
  ])
})

it('shows a leader the 通报 read-only: no 印发, no 生成督办单, no settings to edit', () => {
  as('leader')
  renderWithDataset(<BulletinView />, monitorDataset)
  // The board still names the yellow item: only the action on it is gone
  expect(screen.getByRole('listitem', { name: '县统计局' })).toHaveTextContent('地区生产总值增速')
  expect(screen.getByText(/通报由县政府督查室编发、印发/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '印发' })).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /^生成督办单/ })).not.toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: '发文机关' })).not.toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: '下步工作要求' })).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: '保存预警规则' })).not.toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: /^黄灯/ })).toBeDisabled()
})

it('gives the 督查室 印发, 生成督办单 with 签发, and the settings', async () => {
  as('admin')
  renderWithDataset(<BulletinView />, monitorDataset)
  const user = userEvent.setup()
  expect(screen.queryByText(/此处仅供查看/)).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: '印发' })).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: '发文机关' })).toBeEnabled()
  expect(screen.getByRole('textbox', { name: /^黄灯/ })).toBeEnabled()
  expect(screen.getByRole('button', { name: '保存预警规则' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: '生成督办单：地区生产总值增速' }))
  expect(screen.getByRole('button', { name: '签发督办单' })).toBeInTheDocument()
})
