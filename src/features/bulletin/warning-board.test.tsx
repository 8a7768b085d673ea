// The 预警看板 names each 牵头单位 with its lit items; the many items nobody leads fold away until asked for.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import type { BulletinRow } from '@/monitoring/bulletin-snapshot'
import { WarningBoard } from './warning-board'

const row = (no: number, leadUnit?: string): BulletinRow => ({
  no,
  id: `item-${no}`,
  name: `事项${no}`,
  sector: '产业发展',
  block: 'quantity',
  target: '1个',
  status: 'unreported',
  latest: '',
  line: '',
  responsibility: '',
  light: 'red',
  lightReasons: ['连续9期未报送'],
  ...(leadUnit && { leadUnit }),
})

it('folds the items without a 牵头单位 when there are many, and keeps each unit’s items in view', async () => {
  const rows = [row(1, '县人社局'), ...Array.from({ length: 11 }, (_, i) => row(i + 2))]
  render(<WarningBoard rows={rows} issued={[]} onNotice={() => undefined} />)
  const unit = screen.getByRole('listitem', { name: '县人社局' })
  expect(within(unit).getByText('事项1（第1项）')).toBeVisible()
  const none = screen.getByRole('listitem', { name: '未明确牵头单位' })
  expect(within(none).getByText('事项2（第2项）')).not.toBeVisible()
  await userEvent.setup().click(within(none).getByText(/红灯11项/))
  expect(within(none).getByText('事项2（第2项）')).toBeVisible()
  expect(within(none).getByRole('button', { name: '生成督办单：事项12' })).toBeVisible()
})

it('lists a few items without a 牵头单位 unfolded', () => {
  render(<WarningBoard rows={[row(2), row(3)]} issued={[]} />)
  expect(screen.getByText('事项3（第3项）')).toBeVisible()
})
