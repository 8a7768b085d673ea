// On the shared server: a reporter records only for its unit's items and its entry waits for review; the
// 督查室 returns it with a reason the reporter sees, then approves it; a stale edit shows both versions.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { httpClient } from '@/stores/ledger/http-client'
import { httpLedger } from '@/stores/ledger/http-ledger'
import { onFakeServer } from '@/test-support/on-fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ProgressView } from './progress-view'

const accounts = [
  { login: 'tongji', password: 'pw-tongji-1', role: 'reporter' as const, unit: '县统计局' },
  { login: 'caizheng', password: 'pw-caizheng-1', role: 'reporter' as const, unit: '县财政局' },
  { login: 'ducha', password: 'pw-ducha-1', role: 'admin' as const },
]
beforeEach(() => {
  window.history.replaceState(null, '', '/?view=progress&period=2023-06')
})
const on = onFakeServer(accounts, (server) => {
  server.assignmentSet({
    itemId: 'gdp-growth-2023',
    leadUnit: '县统计局',
    partnerUnits: [],
    frequency: 'quarterly',
    nodes: [],
    subItems: [],
  })
})
const { as } = on

const row = (id: string) => within(document.querySelector<HTMLElement>(`[data-progress-item="${id}"]`)!)

it('takes a reporter’s entry as 待审核, shows the 督查室’s 退回 reason, then 已通过', async () => {
  await as('tongji')
  const user = userEvent.setup()
  const view = renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '录入进度：地区生产总值增速' }))
  const gdp = row('gdp-growth-2023')
  await user.type(gdp.getByLabelText('数值（%）'), '7.4')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  expect(await gdp.findByText('待审核')).toBeInTheDocument()
  expect(gdp.queryByRole('button', { name: /^通过/ })).not.toBeInTheDocument()
  view.unmount()

  await as('ducha')
  const review = renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '录入进度：地区生产总值增速' }))
  const reviewing = row('gdp-growth-2023')
  await user.click(await reviewing.findByRole('button', { name: /^退回 地区生产总值增速/ }))
  await user.click(reviewing.getByRole('button', { name: '确认退回' }))
  expect(reviewing.getByRole('alert')).toHaveTextContent('退回须写明理由')
  await user.type(reviewing.getByLabelText('退回理由'), '请附统计局快报')
  await user.click(reviewing.getByRole('button', { name: '确认退回' }))
  expect(await reviewing.findByText('退回理由：请附统计局快报')).toBeInTheDocument()
  expect(reviewing.getByText('已退回')).toBeInTheDocument()
  const timeline = await reviewing.findByRole('region', { name: '地区生产总值增速台账记录' })
  await waitFor(() => {
    expect(within(timeline).getByText(/审核：待审核 → 已退回（请附统计局快报）/)).toBeInTheDocument()
  })
  // When, as a Chinese reader writes it
  expect(timeline).toHaveTextContent(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} /)
  review.unmount()

  // The reporter reads the reason, corrects and submits again; the 督查室 approves.
  await as('tongji')
  const again = renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '录入进度：地区生产总值增速' }))
  const mine = row('gdp-growth-2023')
  expect(await mine.findByText('退回理由：请附统计局快报')).toBeInTheDocument()
  await user.click(mine.getByRole('button', { name: /^编辑/ }))
  const form = within(mine.getByRole('button', { name: '保存修改' }).closest('form')!)
  await user.type(form.getByRole('textbox', { name: /来源/ }), '统计局快报')
  await user.click(form.getByRole('button', { name: '保存修改' }))
  expect(await mine.findByText('待审核')).toBeInTheDocument()
  again.unmount()

  await as('ducha')
  renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '录入进度：地区生产总值增速' }))
  await user.click(await row('gdp-growth-2023').findByRole('button', { name: /^通过 地区生产总值增速/ }))
  expect(await row('gdp-growth-2023').findByText('已通过')).toBeInTheDocument()
})

it('offers no edit control to a reporter of another unit, and the server refuses it anyway', async () => {
  await as('tongji')
  await on.ledger().entries.put({
    id: 'x1',
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-06',
    value: 6.8,
    basis: 'provisional',
    recordedAt: '2023-07-01T00:00:00.000Z',
  })
  await as('caizheng')
  const user = userEvent.setup()
  renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '查看记录：地区生产总值增速' }))
  const gdp = row('gdp-growth-2023')
  expect(await gdp.findByText('待审核')).toBeInTheDocument()
  expect(gdp.queryByRole('button', { name: '保存记录' })).not.toBeInTheDocument()
  expect(gdp.queryByRole('button', { name: /^编辑/ })).not.toBeInTheDocument()
  expect(gdp.queryByRole('button', { name: /^删除/ })).not.toBeInTheDocument()
  const refused = await on.ledger().entries.remove('x1', '1')
  expect(refused).toMatchObject({ ok: false, failure: { code: 'forbidden' } })
})

it('shows both versions when someone saved first, and saves the user’s choice', async () => {
  await as('ducha')
  const first = await on.ledger().entries.put({
    id: 'x1',
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-06',
    value: 6.8,
    basis: 'provisional',
    recordedAt: '2023-07-01T00:00:00.000Z',
  })
  const user = userEvent.setup()
  renderWithDataset(<ProgressView />, monitorDataset)
  await user.click(await screen.findByRole('button', { name: '录入进度：地区生产总值增速' }))
  const gdp = row('gdp-growth-2023')
  await user.click(await gdp.findByRole('button', { name: /^编辑/ }))
  // Meanwhile another 督查室 user corrects the figure.
  const other = httpLedger(httpClient('', on.server().client()))
  const otherApi = other.api
  const session = await otherApi.call<{ csrfToken: string }>('POST', 'api/session', {
    login: 'ducha',
    password: 'pw-ducha-1',
  })
  if (session.ok) otherApi.csrfTokenSet(session.value.csrfToken)
  if (first.ok && first.value.type === 'value')
    await other.entries.put({ ...first.value, value: 7.1 }, first.value.version)

  const form = gdp.getByRole('button', { name: '保存修改' }).closest('form')!
  await user.clear(within(form).getByLabelText('数值（%）'))
  await user.type(within(form).getByLabelText('数值（%）'), '7.4')
  await user.click(within(form).getByRole('button', { name: '保存修改' }))
  const choice = await within(form).findByRole('alert')
  expect(choice).toHaveTextContent('这条记录已被他人修改')
  expect(choice).toHaveTextContent(/您的修改7\.4%/)
  expect(choice).toHaveTextContent(/当前保存的版本.*7\.1%/)
  expect(choice).toHaveTextContent('保存人：ducha')
  await user.click(within(choice).getByRole('button', { name: '用我的修改覆盖' }))
  await waitFor(async () => {
    const listed = await on.ledger().entries.list()
    expect(listed.ok && listed.value[0]).toMatchObject({ value: 7.4 })
  })
})
