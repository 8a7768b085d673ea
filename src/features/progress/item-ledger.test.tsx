// A leader's 批示 on the shared server: an empty one is refused with a reason, a written one shows as plain text.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { onFakeServer } from '@/test-support/on-fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ItemLedger } from './item-ledger'

const { as } = onFakeServer([{ login: 'lingdao', password: 'pw-lingdao-1', role: 'leader' }])
beforeEach(() => as('lingdao'))

it('says why an empty 批示 is not sent, and shows a written one as text', async () => {
  const user = userEvent.setup()
  renderWithDataset(<ItemLedger itemId="gdp-growth-2023" itemName="地区生产总值增速" />, monitorDataset)
  const region = within(await screen.findByRole('region', { name: '地区生产总值增速领导批示' }))
  await user.click(region.getByRole('button', { name: '添加批示' }))
  expect(region.getByRole('alert')).toHaveTextContent('请先填写批示内容')
  await user.type(region.getByLabelText('批示内容'), '<b>增速</b>须稳住7%以上')
  await user.click(region.getByRole('button', { name: '添加批示' }))
  expect(await region.findByText('<b>增速</b>须稳住7%以上')).toBeInTheDocument()
})
