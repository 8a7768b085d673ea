// An official records progress by label, sees the status the rule gives, and can fix, delete and undo.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it, vi } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { settingsReloaded } from '@/stores/use-monitor-settings'
import { progressReloaded } from '@/stores/use-progress'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ProgressView } from './progress-view'
import { undoDismissed } from './use-undo'

beforeEach(async () => {
  localStorage.clear()
  await progressReloaded()
  await settingsReloaded()
  undoDismissed()
  window.history.replaceState(null, '', '/?view=progress')
})

function renderView() {
  renderWithDataset(<ProgressView />, monitorDataset)
  return userEvent.setup()
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-progress-item="${id}"]`)!
const badge = (id: string) => row(id).querySelector('[data-status]')!

async function open(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `录入进度：${name}` }))
  return within(
    row(screen.getByRole('button', { name: `录入进度：${name}` }).closest('li')!.dataset.progressItem!),
  )
}

it('lists every 2023 target and task by sector, each 未报送 at first: 本期 12月 is due and nothing is recorded', () => {
  renderView()
  expect(screen.getByRole('heading', { level: 2, name: '2023年目标进度监测' })).toBeInTheDocument()
  expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent)).toEqual([
    '产业发展',
    '项目园区',
    '民生保障',
    '综合经济',
  ])
  expect(screen.getAllByText('未报送', { selector: '[data-status]' })).toHaveLength(5)
  expect(screen.getByRole('button', { name: /未报送 5项/ })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: /未到报送期 0项/ })).toBeInTheDocument()
  // 季报: four quarters gone by without a figure; 月报: twelve months
  expect(row('gdp-growth-2023')).toHaveTextContent('尚无任何报送；缺报4期')
  expect(row('new-large-industrial-firms-2023')).toHaveTextContent('尚无任何报送；缺报12期')
})

it('records the 2023 GDP growth as a final 6.2% and shows 未完成', async () => {
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  await user.type(gdp.getByLabelText('数值（%）'), '6.2')
  await user.selectOptions(gdp.getByLabelText('截至月份'), '1—12月（全年）')
  await user.click(gdp.getByRole('radio', { name: '正式' }))
  await user.type(gdp.getByLabelText('来源（选填）'), '县统计局年报')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))

  expect(badge('gdp-growth-2023')).toHaveTextContent('未完成')
  // The row also holds its 进度走势 chart, whose export line is a status too.
  expect(gdp.getAllByRole('status').map((e) => e.textContent)).toContain('已保存 1—12月（全年） 的记录')
  expect(gdp.getByText('最新：6.2% · 1—12月（全年） · 正式')).toBeInTheDocument()
  const history = gdp.getByRole('region', { name: '地区生产总值增速录入记录' })
  expect(history).toHaveTextContent('6.2% · 1—12月（全年） · 正式')
  expect(history).toHaveTextContent('来源：县统计局年报')
  expect(history).toHaveTextContent(/录入于 \d{4}年\d{1,2}月\d{1,2}日/)
  expect(screen.getByRole('button', { name: /未完成 1项/ })).toBeInTheDocument()
  expect(screen.getByRole('list', { name: '综合经济各状态项数' })).toHaveTextContent('未完成 1')
})

const atPeriod = (period: string) => {
  window.history.replaceState(null, '', `/?view=progress&period=${period}`)
}

it('judges a cumulative count against 序时进度 and says how', async () => {
  atPeriod('2023-06')
  const user = renderView()
  const firms = await open(user, '新增规模工业企业')
  await user.type(firms.getByLabelText('数值（家）'), '6家')
  await user.selectOptions(firms.getByLabelText('截至月份'), '1—6月（上半年）')
  await user.click(firms.getByRole('radio', { name: '预计' }))
  await user.click(firms.getByRole('button', { name: '保存记录' }))
  expect(badge('new-large-industrial-firms-2023')).toHaveTextContent('欠进度')
  expect(row('new-large-industrial-firms-2023')).toHaveTextContent('完成率 40%，序时进度 50%')

  await user.clear(screen.getByLabelText('序时进度容差（百分点）'))
  await user.type(screen.getByLabelText('序时进度容差（百分点）'), '10')
  await user.tab()
  expect(badge('new-large-industrial-firms-2023')).toHaveTextContent('达进度')
})

it('shows a Chinese message on the field at fault and keeps what was typed', async () => {
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  const value = gdp.getByLabelText('数值（%）')
  await user.type(value, 'abc')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  expect(value).toHaveAccessibleDescription(/“abc”不是有效的数字/)
  expect(value).toHaveAttribute('aria-invalid', 'true')
  expect(value).toHaveValue('abc')

  await user.clear(value)
  await user.type(value, '6.2亿元')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  expect(value).toHaveAccessibleDescription(/单位不符：填写的是“亿元”，本项以“%”计/)
  expect(badge('gdp-growth-2023')).toHaveTextContent('未报送')

  const unemployment = await open(user, '城镇调查失业率')
  await user.type(unemployment.getByLabelText('数值（%）'), '120')
  await user.click(unemployment.getByRole('button', { name: '保存记录' }))
  expect(unemployment.getByLabelText('数值（%）')).toHaveAccessibleDescription(/比率须在 0% 至 100% 之间/)
})

it('records a task status', async () => {
  const user = renderView()
  const task = await open(user, '加快湘江引水工程建设')
  await user.click(task.getByRole('button', { name: '保存记录' }))
  expect(task.getByLabelText('任务状态')).toHaveAccessibleDescription('请选择任务状态')
  await user.selectOptions(task.getByLabelText('任务状态'), '推进中')
  await user.selectOptions(task.getByLabelText('截至月份'), '1—9月（前三季度）')
  await user.click(task.getByRole('button', { name: '保存记录' }))
  expect(badge('task-xiangjiang-water-diversion')).toHaveTextContent('未报送')
  expect(row('task-xiangjiang-water-diversion')).toHaveTextContent('已有3期未报送，最近一次报送截至9月')
  await user.selectOptions(screen.getByRole('combobox', { name: '本期' }), '2023年9月')
  expect(window.location.search).toContain('period=2023-09')
  expect(badge('task-xiangjiang-water-diversion')).toHaveTextContent('达进度')
  await user.selectOptions(screen.getByRole('combobox', { name: '本期' }), '2023年12月（默认）')
  expect(window.location.search).not.toContain('period=')
  await user.selectOptions(task.getByLabelText('任务状态'), '推进中')
  await user.selectOptions(task.getByLabelText('截至月份'), '1—12月（全年）')
  await user.click(task.getByRole('button', { name: '保存记录' }))
  expect(badge('task-xiangjiang-water-diversion')).toHaveTextContent('未完成')
})

it('chases no report of a task already 已完成: its 本期 报送 reads 不再催报, not 未报送', async () => {
  atPeriod('2023-09')
  const user = renderView()
  const task = await open(user, '加快湘江引水工程建设')
  const reporting = () => row('task-xiangjiang-water-diversion').querySelector('[data-reporting]')
  expect(reporting()).toHaveTextContent('月报✗9月未报送')
  await user.selectOptions(task.getByLabelText('任务状态'), '已完成')
  await user.selectOptions(task.getByLabelText('截至月份'), '1—3月（一季度）')
  await user.click(task.getByRole('button', { name: '保存记录' }))
  await waitFor(() => {
    expect(badge('task-xiangjiang-water-diversion')).toHaveTextContent('已完成')
  })
  expect(reporting()).toHaveTextContent('月报 · 已完成，不再催报')
  // The four other items, never reported, are 未报送; the finished task is not
  expect(screen.getByRole('button', { name: /未报送 4项/ })).toBeInTheDocument()
})

it('deletes and edits with 撤销', async () => {
  atPeriod('2023-06')
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  await user.type(gdp.getByLabelText('数值（%）'), '7.4')
  await user.selectOptions(gdp.getByLabelText('截至月份'), '1—6月（上半年）')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  expect(badge('gdp-growth-2023')).toHaveTextContent('达进度')

  await user.click(gdp.getByRole('button', { name: '删除 1—6月（上半年） 的记录' }))
  expect(badge('gdp-growth-2023')).toHaveTextContent('未报送')
  expect(screen.getByText('已删除“地区生产总值增速” 1—6月（上半年） 的记录。')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '撤销' })).toHaveFocus()
  await user.keyboard('{Enter}')
  await waitFor(() => {
    expect(badge('gdp-growth-2023')).toHaveTextContent('达进度')
  })

  await user.click(gdp.getByRole('button', { name: '编辑 1—6月（上半年） 的记录' }))
  const form = gdp.getByRole('button', { name: '保存修改' }).closest('form')!
  const value = within(form).getByLabelText('数值（%）')
  expect(value).toHaveValue('7.4')
  await user.clear(value)
  await user.type(value, '5')
  await user.click(within(form).getByRole('button', { name: '保存修改' }))
  expect(badge('gdp-growth-2023')).toHaveTextContent('欠进度')
  await user.click(screen.getByRole('button', { name: '撤销' }))
  await waitFor(() => {
    expect(badge('gdp-growth-2023')).toHaveTextContent('达进度')
  })
  expect(gdp.getByText('最新：7.4% · 1—6月（上半年） · 预计')).toBeInTheDocument()
})

it('filters by status through the shared ?status= filter', async () => {
  atPeriod('2023-06')
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  await user.type(gdp.getByLabelText('数值（%）'), '5')
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  await user.click(screen.getByRole('button', { name: /欠进度 1项/ }))
  expect(window.location.search).toContain('status=behind')
  expect(document.querySelectorAll('[data-progress-item]')).toHaveLength(1)
  await user.click(screen.getByRole('button', { name: '全部状态' }))
  expect(document.querySelectorAll('[data-progress-item]')).toHaveLength(5)
})

it('explains the rule with the settings in force', async () => {
  const user = renderView()
  await user.selectOptions(screen.getByRole('combobox', { name: '本期' }), '2023年9月')
  await user.click(screen.getByRole('button', { name: '状态规则说明' }))
  const dialog = await screen.findByRole('dialog', { name: '状态怎样判定' })
  expect(dialog).toHaveFocus()
  expect(dialog).toHaveTextContent('当前为2023年9月')
  expect(dialog).toHaveTextContent('高出5个百分点以上为超进度')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: '状态规则说明' })).toHaveFocus()
})

it('says 未能保存 with the reason when browser storage is full, and keeps what was typed', async () => {
  // 本期 June: 截至月份 starts at 1—6月 and a growth figure before 12月 starts as 预计
  atPeriod('2023-06')
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  await user.type(gdp.getByLabelText('数值（%）'), '7.4')
  await user.type(gdp.getByLabelText('备注（选填）'), '统计局快报')
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  await user.click(gdp.getByRole('button', { name: '保存记录' }))

  expect(await gdp.findByRole('alert')).toHaveTextContent('未能保存：浏览器存储空间已满')
  expect(gdp.getByRole('status')).not.toHaveTextContent('已保存')
  expect(gdp.getByLabelText('数值（%）')).toHaveValue('7.4')
  expect(gdp.getByLabelText('备注（选填）')).toHaveValue('统计局快报')
  expect(badge('gdp-growth-2023')).toHaveTextContent('未报送')

  setItem.mockRestore() // space freed: the same click now saves what is still in the form
  await user.click(gdp.getByRole('button', { name: '保存记录' }))
  await waitFor(() => {
    expect(badge('gdp-growth-2023')).toHaveTextContent('达进度')
  })
  expect(gdp.queryByRole('alert')).not.toBeInTheDocument()
})

it('records 进展情况, 存在问题 and 下一步措施 beside the value, and asks before replacing the same month', async () => {
  atPeriod('2023-06')
  const user = renderView()
  const firms = await open(user, '新增规模工业企业')
  await user.type(firms.getByLabelText('数值（家）'), '6')
  await user.selectOptions(firms.getByLabelText('截至月份'), '1—6月（上半年）')
  await user.type(firms.getByLabelText('进展情况（选填）'), '新入规企业6家')
  await user.type(firms.getByLabelText('存在问题（选填）'), '储备企业不足')
  await user.type(firms.getByLabelText('下一步措施（选填）'), '加强培育')
  await user.click(firms.getByRole('radio', { name: '预计' }))
  await user.click(firms.getByRole('button', { name: '保存记录' }))
  const history = firms.getByRole('region', { name: '新增规模工业企业录入记录' })
  // Saving goes through the storage port, which answers asynchronously
  await waitFor(() => {
    expect(history).toHaveTextContent('进展情况新入规企业6家')
  })
  // Recorded today, long after 2023-06-25: 逾期报送, and the months before it were never reported
  const reporting = row('new-large-industrial-firms-2023').querySelector('[data-reporting]')
  expect(reporting).toHaveTextContent('月报!6月逾期报送')
  expect(firms.getByRole('region', { name: '新增规模工业企业报送情况' })).toHaveTextContent(
    '✗1月未报送✗2月未报送✗3月未报送✗4月未报送✗5月未报送!6月逾期报送',
  )
  expect(history).toHaveTextContent('存在问题储备企业不足')
  expect(history).toHaveTextContent('下一步措施加强培育')

  // A second entry for 6月: nothing changes until the official answers
  await user.type(firms.getByLabelText('数值（家）'), '7')
  await user.type(firms.getByLabelText('进展情况（选填）'), '又新增1家')
  await user.click(firms.getByRole('button', { name: '保存记录' }))
  const ask = firms.getByRole('alertdialog', { name: '替换原记录？' })
  expect(ask).toHaveTextContent('1—6月（上半年）已有一条记录（6家 · 1—6月（上半年） · 预计）')
  await user.click(within(ask).getByRole('button', { name: '保留原记录' }))
  expect(firms.queryByRole('alertdialog')).toBeNull()
  expect(firms.getByText('最新：6家 · 1—6月（上半年） · 预计')).toBeInTheDocument()

  await user.click(firms.getByRole('button', { name: '保存记录' }))
  await user.click(firms.getByRole('button', { name: '替换原记录' }))
  expect(firms.getByText('最新：7家 · 1—6月（上半年） · 预计')).toBeInTheDocument()
  expect(history.querySelectorAll('li')).toHaveLength(1)
  expect(history).toHaveTextContent('进展情况又新增1家')
  expect(history).not.toHaveTextContent('储备企业不足')
  expect(firms.getAllByRole('status').map((e) => e.textContent)).toContain('已替换 1—6月（上半年） 的原记录')
})

it('refuses a narrative over 1,000 characters with its label, keeping what was typed', async () => {
  const user = renderView()
  const firms = await open(user, '新增规模工业企业')
  await user.type(firms.getByLabelText('数值（家）'), '6')
  const problems = firms.getByLabelText('存在问题（选填）')
  await user.click(problems)
  await user.paste('难'.repeat(1001))
  await user.click(firms.getByRole('button', { name: '保存记录' }))
  expect(problems).toHaveAccessibleDescription(/存在问题不超过1000字/)
  expect((problems as HTMLTextAreaElement).value).toHaveLength(1001)
  expect(firms.getByText('尚未录入')).toBeInTheDocument()
})

it('names a 季报 item’s periods as its figures do: 一季度, 上半年, 前三季度', async () => {
  atPeriod('2023-09')
  const user = renderView()
  const gdp = await open(user, '地区生产总值增速')
  expect(row('gdp-growth-2023').querySelector('[data-reporting]')).toHaveTextContent('季报✗前三季度未报送')
  expect(gdp.getByRole('region', { name: '地区生产总值增速报送情况' })).toHaveTextContent(
    '✗一季度未报送✗上半年未报送✗前三季度未报送',
  )
})
