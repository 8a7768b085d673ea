// On screen and in print (the same component), 六、未报送情况 says plainly that owed items have no 牵头单位.
import { render, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { buildBulletin } from '@/monitoring/bulletin'
import type { Assignment } from '@/monitoring/responsibility'
import { frequenciesOf } from '@/monitoring/status'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { BulletinSections } from './bulletin-sections'

const bodyWith = (assignments: Assignment[]) =>
  buildBulletin({
    dataset: monitorDataset,
    entries: [],
    assignments,
    period: '2023-09',
    settings: { month: 9, tolerancePp: 5, frequencies: frequenciesOf(assignments) },
    dueDay: 25,
  })
const sectionSix = () => within(screen.getByRole('region', { name: '六、未报送情况' }))

it('shows that all 5 owed items have no 牵头单位 when nothing is assigned', () => {
  render(<BulletinSections body={bodyWith([])} requirements="" />)
  expect(
    sectionSix().getByText('本期应报未报目标任务5项，均尚未明确牵头单位，无责任单位报送。'),
  ).toBeVisible()
  expect(sectionSix().getByRole('listitem')).toHaveTextContent(
    '请在任务分解中为上述5项明确牵头单位，落实报送责任。',
  )
  expect(screen.queryByText(/均已按要求报送/)).toBeNull()
})

it('names the unit with its item and counts the 4 items without a 牵头单位', () => {
  const lead: Assignment = {
    itemId: 'retail-sales-2023',
    leadUnit: '县商务局',
    partnerUnits: [],
    frequency: 'monthly',
    nodes: [],
    subItems: [],
  }
  render(<BulletinSections body={bodyWith([lead])} requirements="" />)
  expect(
    sectionSix().getByText('本期应报未报目标任务5项。其中，县商务局未按要求报送，涉及1项：'),
  ).toBeVisible()
  expect(
    sectionSix()
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    '县商务局：社会消费品零售总额（第3项）。',
    '另有4项尚未明确牵头单位，请在任务分解中明确牵头单位，落实报送责任。',
  ])
})
