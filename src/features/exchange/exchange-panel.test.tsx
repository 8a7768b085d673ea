// Importing changes the entries only after 确认导入; a refused or cancelled file leaves them exactly as they were.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { entryRecorded, getEntries, progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ExchangePanel } from './exchange-panel'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await entryRecorded({
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: '2023-03',
    value: 6.2,
    basis: 'provisional',
  })
})

function renderPanel() {
  renderWithDataset(<ExchangePanel />, monitorDataset)
  return userEvent.setup()
}

const csvFile = (name: string, ...lines: string[]) =>
  new File(['\uFEFF' + lines.join('\r\n') + '\r\n'], name, { type: 'text/csv' })

const filled = csvFile(
  '六月填报.csv',
  '目标编号,截至月份,数值,口径,任务状态,备注',
  'gdp-growth-2023,2023-03,6.4,正式,,统计局核定',
  'task-xiangjiang-water-diversion,2023-06,,,推进中,',
)

it('previews what a filled-in template adds and changes, and applies it on 确认导入', async () => {
  const user = renderPanel()
  const before = getEntries()
  await user.upload(screen.getByLabelText('导入文件'), filled)

  const dialog = await screen.findByRole('dialog', { name: '导入预览：六月填报.csv' })
  const preview = within(dialog)
  expect(preview.getByText('将新增 1 条、修改 1 条记录，0 条与现有记录相同')).toBeInTheDocument()
  const added = preview.getByRole('table', { name: '新增（1）' })
  expect(within(added).getByRole('row', { name: /加快湘江引水工程建设 推进中/ })).toBeInTheDocument()
  const changed = preview.getByRole('table', { name: '修改（1）' })
  expect(
    within(changed).getByRole('row', { name: /地区生产总值增速 6.2%.*预计 6.4%.*正式；备注：统计局核定/ }),
  ).toBeInTheDocument()
  expect(getEntries()).toBe(before) // nothing applied while previewing

  await user.click(preview.getByRole('button', { name: '确认导入' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent('已导入：新增 1 条，修改 1 条。')
  const after = [...getEntries()].sort((a, b) => a.targetId.localeCompare(b.targetId))
  expect(after.map((e) => [e.targetId, e.asOf, e.type === 'value' ? e.value : e.taskStatus])).toEqual([
    ['gdp-growth-2023', '2023-03', 6.4],
    ['task-xiangjiang-water-diversion', '2023-06', 'in_progress'],
  ])
  expect(after[0]?.id).toBe(before[0]?.id) // the template row updated the entry it matched
})

it('leaves the entries untouched on 取消', async () => {
  const user = renderPanel()
  const before = structuredClone(getEntries())
  await user.upload(screen.getByLabelText('导入文件'), filled)
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '取消' }))
  expect(screen.getByRole('status')).toHaveTextContent('已取消导入，现有记录未改变。')
  expect(getEntries()).toEqual(before)
})

it('refuses an invalid file with the row and the problem, and changes nothing', async () => {
  const user = renderPanel()
  const before = structuredClone(getEntries())
  const broken = csvFile(
    '有误.csv',
    '目标编号,截至月份,数值,口径,任务状态',
    'gdp-growth-2023,2023-06,6.5,,',
    'retail-sales-2023,2023-06,八十亿,,',
  )
  await user.upload(screen.getByLabelText('导入文件'), broken)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('未导入“有误.csv”，现有记录保持不变。')
  expect(within(alert).getByRole('listitem')).toHaveTextContent(
    '第 3 行：“八十亿”不是有效的数字，请填写如 6.2 或 168 这样的数值',
  )
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(getEntries()).toEqual(before)
  expect(JSON.parse(localStorage.getItem('qidong-targets.progress')!)).toMatchObject({
    state: { entries: before },
  })
})

it('refuses a GBK-encoded CSV, asking for UTF-8', async () => {
  const user = renderPanel()
  const before = structuredClone(getEntries())
  const gbk = new Uint8Array([
    ...new TextEncoder().encode(
      '目标编号,截至月份,数值,口径,任务状态,备注\r\ngdp-growth-2023,2023-06,6.5,,,',
    ),
    0xc6,
    0xee,
  ])
  await user.upload(screen.getByLabelText('导入文件'), new File([gbk], 'gbk.csv'))
  expect(await screen.findByRole('alert')).toHaveTextContent('请另存为 UTF-8 编码')
  expect(getEntries()).toEqual(before)
})

it('says 未能保存 when browser storage is full, imports nothing and keeps the preview to confirm again', async () => {
  const user = renderPanel()
  const before = getEntries()
  await user.upload(screen.getByLabelText('导入文件'), filled)
  const dialog = await screen.findByRole('dialog', { name: '导入预览：六月填报.csv' })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.click(within(dialog).getByRole('button', { name: '确认导入' }))

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('未能保存：浏览器存储空间已满')
  expect(screen.getByRole('status')).not.toHaveTextContent('已导入')
  expect(getEntries()).toBe(before)
  vi.restoreAllMocks()
  await user.click(within(dialog).getByRole('button', { name: '确认导入' }))
  expect(await screen.findByText('已导入：新增 1 条，修改 1 条。')).toBeInTheDocument()
})

it('lists the first 100 rows of a large file, counts the rest, and imports them all on 确认导入', async () => {
  const user = renderPanel()
  const entries = Array.from({ length: 150 }, (_, i) => ({
    id: `imp-${i}`,
    type: 'value',
    targetId: 'gdp-growth-2023',
    asOf: `2023-${String(1 + (i % 12)).padStart(2, '0')}`,
    value: i / 10,
    basis: 'provisional',
    recordedAt: '2023-07-01T00:00:00.000Z',
  }))
  const file = JSON.stringify({ format: 'qidong-targets-progress', version: 1, entries })
  await user.upload(
    screen.getByLabelText('导入文件'),
    new File([file], '大批.json', { type: 'application/json' }),
  )
  const dialog = await screen.findByRole('dialog', { name: '导入预览：大批.json' })
  const added = within(dialog).getByRole('table', { name: '新增（150）' })
  expect(within(added).getAllByRole('row')).toHaveLength(101) // header + 100
  expect(
    within(dialog).getByText('此处列出前 100 条，其余 50 条未列出，确认导入时一并导入。'),
  ).toBeInTheDocument()
  await user.click(within(dialog).getByRole('button', { name: '确认导入' }))
  expect(screen.getByRole('status')).toHaveTextContent('已导入：新增 150 条，修改 0 条。')
  expect(getEntries()).toHaveLength(151)
})
