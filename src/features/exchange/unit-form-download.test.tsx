// 下载填报表（Excel） offers the units of the 单位名录 with their item counts, and says why it cannot when it cannot.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { monitoredItems } from '@/monitoring/item'
import { assignmentChanged, assignmentsReloaded, unitAdded, unitRetired } from '@/stores/assignment-actions'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { UnitFormDownload } from './unit-form-download'

const items = monitoredItems(monitorDataset)

beforeEach(async () => {
  localStorage.clear()
  await assignmentsReloaded()
})

it('says the 单位名录 is empty and offers nothing to download', () => {
  renderWithDataset(<UnitFormDownload items={items} />, monitorDataset)
  expect(screen.getByRole('combobox', { name: '选择单位' })).toBeDisabled()
  expect(screen.getByRole('button', { name: '下载填报表（Excel）' })).toBeDisabled()
  expect(screen.getByText(/还没有单位/)).toBeInTheDocument()
})

it('lists active units with their item counts and explains a unit with no items', async () => {
  await unitAdded('县统计局', 'county')
  await unitAdded('县教育局', 'county')
  await unitAdded('旧单位', 'county')
  await unitRetired('旧单位')
  const base = { partnerUnits: [], nodes: [], subItems: [] }
  await assignmentChanged({
    ...base,
    itemId: 'gdp-growth-2023',
    leadUnit: '县统计局',
    frequency: 'quarterly',
  })
  await assignmentChanged({
    ...base,
    itemId: 'retail-sales-2023',
    leadUnit: '县商务局',
    partnerUnits: ['县统计局'],
    frequency: 'monthly',
  })
  const user = userEvent.setup()
  renderWithDataset(<UnitFormDownload items={items} />, monitorDataset)
  const chooser = screen.getByRole('combobox', { name: '选择单位' })
  expect([...chooser.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
    '请选择单位',
    '县统计局（2项）',
    '县教育局（0项）',
  ])
  await user.click(screen.getByRole('button', { name: '下载填报表（Excel）' }))
  expect(screen.getByText('请先选择单位')).toBeInTheDocument()
  await user.selectOptions(chooser, '县教育局（0项）')
  await user.click(screen.getByRole('button', { name: '下载填报表（Excel）' }))
  expect(screen.getByText('县教育局在任务分解中没有牵头或配合的事项，无需下载填报表。')).toBeInTheDocument()
})
