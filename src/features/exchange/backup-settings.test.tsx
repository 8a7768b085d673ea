// A JSON backup carries the settings and the 单位名录/分解; restoring it into an empty browser brings them back.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { getResponsibility } from '@/stores/use-assignments'
import { assignmentChanged, assignmentsReloaded, leaderAdded, unitAdded } from '@/stores/assignment-actions'
import {
  dueDayChanged,
  getMonitorSettings,
  settingsReloaded,
  toleranceChanged,
} from '@/stores/use-monitor-settings'
import { entryRecorded, getEntries, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ExchangePanel } from './exchange-panel'

const saved: { name: string; blob: Blob }[] = []
async function emptyBrowser() {
  localStorage.clear()
  await Promise.all([progressReloaded(), settingsReloaded(), assignmentsReloaded()])
}
beforeEach(async () => {
  await emptyBrowser()
  saved.length = 0
  const createUrl = vi.fn<(blob: Blob) => string>(() => 'blob:test')
  URL.createObjectURL = createUrl
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: createUrl.mock.calls.at(-1)![0] })
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

it('exports the settings and 分解 with the entries, and restores them after 确认导入', async () => {
  await entryRecorded({
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-03',
    value: 6.2,
    basis: 'final',
  })
  await toleranceChanged(3)
  await dueDayChanged(20)
  expect(await unitAdded('县发展和改革局', 'county')).toBeUndefined()
  expect(await leaderAdded('李明', '副县长')).toBeUndefined()
  await assignmentChanged({
    itemId: 'gdp-growth-2023',
    leadUnit: '县发展和改革局',
    leader: '李明',
    partnerUnits: [],
    frequency: 'quarterly',
    nodes: [],
    subItems: [],
  })
  const before = { settings: getMonitorSettings(), responsibility: getResponsibility() }
  const user = userEvent.setup()
  const { unmount } = renderWithDataset(<ExchangePanel />, monitorDataset)
  await user.click(screen.getByRole('button', { name: '导出 JSON（完整备份）' }))
  const backup = saved.at(-1)!
  const json = JSON.parse(await backup.blob.text()) as Record<string, unknown>
  expect(json).toMatchObject({ version: 1, settings: { tolerancePp: 3, dueDay: 20 } })
  unmount()

  await emptyBrowser()
  expect(getMonitorSettings()).toEqual({ tolerancePp: 5, dueDay: 25 })
  renderWithDataset(<ExchangePanel />, monitorDataset)
  const file = new File([await backup.blob.text()], backup.name, { type: 'application/json' })
  await user.upload(screen.getByLabelText('导入文件'), file)
  const dialog = within(await screen.findByRole('dialog'))
  const restore = within(dialog.getByRole('region', { name: '同时恢复的设置与单位名录' }))
  expect(restore.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
    '序时进度容差：5 → 3 个百分点',
    '报送截止日：每月25日 → 每月20日',
    '单位名录新增：县发展和改革局',
    '责任领导新增：李明',
    '任务分解：新增 1 项',
  ])
  await user.click(dialog.getByRole('button', { name: '确认导入' }))
  expect(getMonitorSettings()).toEqual(before.settings)
  expect(getResponsibility()).toEqual(before.responsibility)
  expect(getEntries()).toHaveLength(1)
})

it('imports a backup written before settings were saved, and changes no setting', async () => {
  await toleranceChanged(8)
  const user = userEvent.setup()
  renderWithDataset(<ExchangePanel />, monitorDataset)
  const old = JSON.stringify({
    format: 'qidong-targets-progress',
    version: 1,
    exportedAt: '2023-07-03T08:00:00.000Z',
    entries: [
      {
        id: 'e-1',
        type: 'value',
        targetId: 'gdp-growth-2023',
        asOf: '2023-06',
        value: 6.2,
        basis: 'provisional',
        recordedAt: '2023-07-02T01:00:00.000Z',
      },
    ],
  })
  await user.upload(screen.getByLabelText('导入文件'), new File([old], '旧备份.json'))
  const dialog = within(await screen.findByRole('dialog', { name: '导入预览：旧备份.json' }))
  expect(dialog.queryByRole('region', { name: '同时恢复的设置与单位名录' })).not.toBeInTheDocument()
  await user.click(dialog.getByRole('button', { name: '确认导入' }))
  expect(getEntries()).toHaveLength(1)
  expect(getMonitorSettings()).toEqual({ tolerancePp: 8, dueDay: 25 })
})

it('refuses a backup whose settings are out of range, naming the field, and changes nothing', async () => {
  const user = userEvent.setup()
  renderWithDataset(<ExchangePanel />, monitorDataset)
  const bad = JSON.stringify({
    format: 'qidong-targets-progress',
    version: 1,
    settings: { tolerancePp: 5, dueDay: 31 },
    entries: [],
  })
  await user.upload(screen.getByLabelText('导入文件'), new File([bad], '坏备份.json'))
  expect(await screen.findByText(/settings\.dueDay/)).toBeInTheDocument()
  expect(screen.getByText(/未导入“坏备份.json”/)).toBeInTheDocument()
  expect(getMonitorSettings()).toEqual({ tolerancePp: 5, dueDay: 25 })
})
