// Two people of the 督查室 editing one item's 分解 on the shared server: the later save is refused and shows the
// other's 分解, even once that has reached this screen; a second 保存分解 is then the user's informed choice.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import type { Assignment } from '@/monitoring/responsibility'
import { assignmentsReloaded } from '@/stores/assignment-actions'
import { onFakeServer } from '@/test-support/on-fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { AssignView } from './assign-view'

const gdp: Assignment = {
  itemId: 'gdp-growth-2023',
  partnerUnits: [],
  owner: '赵六',
  frequency: 'quarterly',
  nodes: [],
  subItems: [],
}
beforeEach(() => {
  window.history.replaceState(null, '', '/?view=assign&period=2023-09')
})
const on = onFakeServer([{ login: 'ducha', password: 'pw-ducha-1', role: 'admin' }], (server) => {
  server.assignmentSet(gdp)
})
beforeEach(async () => {
  await on.as('ducha')
  await assignmentsReloaded()
})

it('refuses a 分解 saved over a colleague’s newer one, shows theirs, and saves on a second 保存分解', async () => {
  const user = userEvent.setup()
  renderWithDataset(<AssignView />, monitorDataset)
  const row = () => screen.getByRole('listitem', { name: /^地区生产总值增速/ })
  await user.click(await screen.findByRole('button', { name: '分解：地区生产总值增速' }))
  // A colleague saves first; their 分解 reaches this screen through the change feed
  expect((await on.ledger().assignments.put({ ...gdp, owner: '王五' }, '1')).ok).toBe(true)
  await waitFor(() => {
    expect(row()).toHaveTextContent('责任人 王五')
  })
  const form = within(screen.getByRole('form', { name: '分解：地区生产总值增速' }))
  await user.clear(form.getByLabelText('责任人'))
  await user.type(form.getByLabelText('责任人'), '李四')
  await user.click(form.getByRole('button', { name: '保存分解' }))
  expect(await form.findByRole('alert')).toHaveTextContent('任务分解已被他人修改')
  expect(row()).toHaveTextContent('责任人 王五')
  await user.click(form.getByRole('button', { name: '保存分解' }))
  await waitFor(() => {
    expect(row()).toHaveTextContent('责任人 李四')
  })
})
