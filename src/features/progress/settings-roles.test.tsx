// On the shared server 报送截止日 and 序时进度容差 are the 督查室's to set (the server answers others 403): a 填报员
// or a leader sees them fixed, with who sets them, rather than changing one and being told 未能保存.
import { screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { ledgerChosen } from '@/stores/ledger/active-ledger'
import { browserLedger } from '@/stores/ledger/browser-ledger'
import { httpClient } from '@/stores/ledger/http-client'
import { httpLedger, type HttpLedger } from '@/stores/ledger/http-ledger'
import { sessionChecked, signedIn, signedOut } from '@/stores/session-actions'
import { fakeServer } from '@/test-support/fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { MonitorSettingsBar } from './monitor-settings-bar'

const accounts = [
  { login: 'tongji', password: 'pw-tongji-1', role: 'reporter' as const, unit: '县统计局' },
  { login: 'lingdao', password: 'pw-lingdao-1', role: 'leader' as const },
  { login: 'ducha', password: 'pw-ducha-1', role: 'admin' as const },
]
let ledger: HttpLedger

beforeEach(async () => {
  window.history.replaceState(null, '', '/?view=progress&period=2023-06')
  ledger = httpLedger(httpClient('', fakeServer(accounts).client()), { pollMs: 20 })
  ledgerChosen(ledger)
  await sessionChecked()
})

afterEach(async () => {
  await signedOut()
  ledger.feed.stop()
  ledgerChosen(browserLedger())
})

async function as(login: string) {
  await signedOut()
  const account = accounts.find((a) => a.login === login)!
  expect((await signedIn(account.login, account.password)).ok).toBe(true)
}

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
