// On the shared server 报送截止日 and 序时进度容差 are the 督查室's to set (the server answers others 403): a 填报员
// or a leader sees them fixed, with who sets them, rather than changing one and being told 未能保存.
import { screen } from '@testing-library/react'
import { beforeEach, expect, it } from 'vitest'
import { onFakeServer } from '@/test-support/on-fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { MonitorSettingsBar } from './monitor-settings-bar'

const accounts = [
  { login: 'tongji', password: 'pw-tongji-1', role: 'reporter' as const, unit: '县统计局' },
  { login: 'lingdao', password: 'pw-lingdao-1', role: 'leader' as const },
  { login: 'ducha', password: 'pw-ducha-1', role: 'admin' as const },
]
beforeEach(() => {
  window.history.replaceState(null, '', '/?view=progress&period=2023-06')
})
const { as } = onFakeServer(accounts)

it.each(['tongji', 'lingdao'])(
  'shows %s the 督查室’s settings without offering to change them',
  async (login) => {
    await as(login)
    renderWithDataset(<MonitorSettingsBar />, monitorDataset)
    expect(screen.getByLabelText('报送截止日')).toBeDisabled()
    expect(screen.getByLabelText('序时进度容差（百分点）')).toBeDisabled()
    expect(screen.getByText('报送截止日和序时进度容差由督查室统一设置。')).toBeInTheDocument()
  },
)

it('lets the 督查室 set them', async () => {
  await as('ducha')
  renderWithDataset(<MonitorSettingsBar />, monitorDataset)
  expect(screen.getByLabelText('报送截止日')).toBeEnabled()
  expect(screen.getByLabelText('序时进度容差（百分点）')).toBeEnabled()
  expect(screen.queryByText(/由督查室统一设置/)).toBeNull()
})
