// On the shared server the app says where the data really is, and a signed-out user sees only what works for
// them: the login page, without view tabs that would lead back to it.
import { render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { ExchangePanel } from '@/features/exchange/exchange-panel'
import { ProgressView } from '@/features/progress/progress-view'
import { RecoveryPanel } from '@/features/storage-recovery/recovery-panel'
import { ledgerChosen } from '@/stores/ledger/active-ledger'
import { browserLedger } from '@/stores/ledger/browser-ledger'
import { httpClient } from '@/stores/ledger/http-client'
import { httpLedger, type HttpLedger } from '@/stores/ledger/http-ledger'
import { setAside } from '@/stores/ledger/set-aside'
import { serverFound, sessionChecked, signedIn, signedOut } from '@/stores/session-actions'
import { fakeServer } from '@/test-support/fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../tests/fixtures/monitor-dataset'

const accounts = [{ login: 'tongji', password: 'pw-tongji-1', role: 'reporter' as const, unit: '县统计局' }]
let ledger: HttpLedger | undefined

async function onServer({ signIn }: { signIn: boolean }) {
  ledger = httpLedger(httpClient('', fakeServer(accounts).client()), { pollMs: 20 })
  serverFound(ledger)
  await sessionChecked()
  if (signIn) expect((await signedIn('tongji', 'pw-tongji-1')).ok).toBe(true)
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?view=progress&period=2023-06')
  localStorage.clear()
})

afterEach(async () => {
  if (ledger) {
    await signedOut()
    ledger.feed.stop()
    ledger = undefined
  }
  ledgerChosen(browserLedger())
})

// First: once a file has found the server, its session store stays in server mode.
describe('opened alone (browser storage)', () => {
  it('still says the data is only in this browser, and shows 数据恢复', async () => {
    renderWithDataset(<ProgressView tools={<RecoveryPanel />} />, monitorDataset)
    expect(await screen.findByText(/状态按统一规则自动判定/)).toHaveTextContent('数据只保存在本机浏览器中')
    expect(screen.getByRole('region', { name: '数据恢复' })).toHaveTextContent('本机没有另行保存的数据')
  })
})

describe('signed out on the shared server', () => {
  it('shows the login form and 名词解释, but no view tabs', async () => {
    await onServer({ signIn: false })
    render(
      <DatasetProvider>
        <App />
      </DatasetProvider>,
    )
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument()
    expect(screen.getByLabelText('账号')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '名词解释' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: '视图' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: '进度监测' })).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent('本机浏览器')
  })
})

describe('signed in on the shared server', () => {
  beforeEach(() => onServer({ signIn: true }))

  it('says the 进度监测 data is on the shared server, not in this browser', async () => {
    renderWithDataset(<ProgressView />, monitorDataset)
    const intro = await screen.findByText(/状态按统一规则自动判定/)
    expect(intro).toHaveTextContent('数据保存在本单位的共享服务器上')
    expect(intro).not.toHaveTextContent('本机浏览器')
  })

  it('shows the view tabs once signed in', async () => {
    render(
      <DatasetProvider>
        <App />
      </DatasetProvider>,
    )
    const views = await screen.findByRole('navigation', { name: '视图' })
    expect(within(views).getByRole('link', { name: '进度监测' })).toBeInTheDocument()
  })

  it('calls an export a copy of the server’s records, backed up by the administrator', () => {
    renderWithDataset(<ExchangePanel />, monitorDataset)
    const panel = screen.getByRole('region', { name: '导入与导出' })
    expect(panel).toHaveTextContent('导出共享服务器上的全部进度记录')
    expect(panel).toHaveTextContent('由系统管理员统一备份')
  })

  it('leaves out 数据恢复 when this browser has nothing set aside', () => {
    render(<RecoveryPanel />)
    expect(screen.queryByRole('region', { name: '数据恢复' })).not.toBeInTheDocument()
  })

  it('offers copies this browser set aside in single use, saying they are not the server’s records', () => {
    setAside('entries', '[{"broken"')
    render(<RecoveryPanel />)
    const panel = screen.getByRole('region', { name: '数据恢复' })
    expect(panel).toHaveTextContent('与共享服务器上的记录无关')
    expect(within(panel).getByRole('button', { name: /^下载/ })).toBeInTheDocument()
  })

  it('says after a crash that the saved records are on the server', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const Boom = () => {
      throw new Error('测试错误')
    }
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('已保存的记录在本单位的共享服务器上')
    expect(screen.getByRole('alert')).not.toHaveTextContent('本机浏览器')
  })
})
