// An official builds the 单位名录 and assigns an item by label; a rename shows everywhere, a retired unit keeps its work, sub-items roll up.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { getResponsibility } from '@/stores/use-assignments'
import { assignmentsReloaded } from '@/stores/assignment-actions'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { AssignView } from './assign-view'

beforeEach(async () => {
  localStorage.clear()
  await assignmentsReloaded()
  window.history.replaceState(null, '', '/?view=assign&period=2023-09')
})

function renderView() {
  renderWithDataset(<AssignView />, monitorDataset)
  return userEvent.setup()
}
type User = ReturnType<typeof userEvent.setup>

async function addUnit(user: User, name: string, kind = '县直单位') {
  await user.clear(screen.getByLabelText('单位名称'))
  await user.type(screen.getByLabelText('单位名称'), name)
  await user.selectOptions(screen.getByLabelText('单位类别'), kind)
  await user.click(screen.getByRole('button', { name: '添加单位' }))
}
const item = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^${name}`) })

async function assign(
  user: User,
  name: string,
  lead: string,
  more: (form: HTMLElement) => Promise<void> = async () => {},
) {
  await user.click(screen.getByRole('button', { name: `分解：${name}` }))
  const form = screen.getByRole('form', { name: `分解：${name}` })
  await user.selectOptions(within(form).getByLabelText('牵头单位'), lead)
  await more(form)
  await user.click(within(form).getByRole('button', { name: '保存分解' }))
}

it('adds units and leaders, refusing a repeated name in Chinese', async () => {
  const user = renderView()
  await addUnit(user, '县统计局')
  await addUnit(user, '洪桥街道', '乡镇街道')
  await addUnit(user, '县统计局')
  expect(screen.getByRole('alert')).toHaveTextContent('已有单位：县统计局')
  expect(screen.getByRole('heading', { name: '县直单位（1）' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: '乡镇街道（1）' })).toBeInTheDocument()
  await user.type(screen.getByLabelText('领导姓名'), '张三')
  await user.type(screen.getByLabelText('职务（选填）'), '县委常委、常务副县长')
  await user.click(screen.getByRole('button', { name: '添加领导' }))
  expect(screen.getByRole('button', { name: '删除领导：张三' })).toBeInTheDocument()
})

it('assigns an item with labelled fields, and a rename renames it there too', async () => {
  const user = renderView()
  await addUnit(user, '县统计局')
  await addUnit(user, '县发改局')
  await assign(user, '地区生产总值增速', '县统计局', async (form) => {
    await user.click(within(form).getByRole('checkbox', { name: '县发改局' }))
    await user.type(within(form).getByLabelText('责任人'), '李四')
    await user.type(within(form).getByLabelText('完成时限'), '2023年12月')
    expect(within(form).getByLabelText('报送频次')).toHaveDisplayValue('季报（默认）')
  })
  expect(item('地区生产总值增速')).toHaveTextContent(
    '牵头单位 县统计局 · 配合单位 县发改局 · 责任人 李四 · 完成时限 2023年12月 · 季报',
  )
  await user.click(screen.getByRole('button', { name: '改名：县发改局' }))
  await user.clear(screen.getByLabelText('“县发改局”改名为'))
  await user.type(screen.getByLabelText('“县发改局”改名为'), '县发展和改革局')
  await user.click(screen.getByRole('button', { name: '确认改名' }))
  expect(item('地区生产总值增速')).toHaveTextContent('配合单位 县发展和改革局')
  expect(getResponsibility().assignments[0]?.partnerUnits).toEqual(['县发展和改革局'])
})

it('after 保存分解 or 取消 the keyboard stays on the item, and only a kept 分解 says 已保存', async () => {
  const user = renderView()
  await addUnit(user, '县统计局')
  const toggle = screen.getByRole('button', { name: '分解：地区生产总值增速' })
  await user.click(toggle)
  await user.click(screen.getByRole('button', { name: '取消' }))
  expect(toggle).toHaveFocus()
  expect(within(item('地区生产总值增速')).queryByText(/已保存/)).toBeNull()
  await assign(user, '地区生产总值增速', '县统计局')
  expect(screen.getByRole('button', { name: '分解：地区生产总值增速' })).toHaveFocus()
  expect(within(item('地区生产总值增速')).getByRole('status')).toHaveTextContent('已保存')
})

it('refuses an impossible 完成时限 and keeps the draft', async () => {
  const user = renderView()
  await addUnit(user, '县统计局')
  await assign(user, '地区生产总值增速', '县统计局', async (form) => {
    await user.type(within(form).getByLabelText('完成时限'), '2023-02-30')
  })
  expect(screen.getByRole('alert')).toHaveTextContent('完成时限“2023-02-30”无效')
  expect(getResponsibility().assignments).toEqual([])
})

it('a retired unit keeps its work but is no longer offered', async () => {
  const user = renderView()
  await addUnit(user, '县统计局')
  await addUnit(user, '县商务局')
  await assign(user, '社会消费品零售总额', '县商务局')
  await user.click(screen.getByRole('button', { name: '撤销单位：县商务局' }))
  expect(screen.getByRole('button', { name: '恢复单位：县商务局' })).toBeInTheDocument()
  expect(item('社会消费品零售总额')).toHaveTextContent('牵头单位 县商务局')
  await user.click(screen.getByRole('button', { name: '分解：地区生产总值增速' }))
  const lead = within(screen.getByRole('form', { name: '分解：地区生产总值增速' })).getByLabelText('牵头单位')
  expect(within(lead).queryByRole('option', { name: '县商务局' })).toBeNull()
  expect(within(lead).getByRole('option', { name: '县统计局' })).toBeInTheDocument()
})

it('sub-items with their own unit and share roll up into the parent', async () => {
  const user = renderView()
  await addUnit(user, '县商务局')
  await addUnit(user, '洪桥街道', '乡镇街道')
  await assign(user, '社会消费品零售总额', '县商务局', async (form) => {
    const f = within(form)
    for (const [name, unit, share, value] of [
      ['城区', '县商务局', '120', '80'],
      ['洪桥', '洪桥街道', '48', '30.5'],
    ] as const) {
      await user.type(f.getByLabelText('子项名称'), name)
      await user.selectOptions(f.getByLabelText('责任单位'), unit)
      await user.type(f.getByLabelText('分担量（亿元）'), share)
      await user.click(f.getByRole('button', { name: '添加子项' }))
      await user.selectOptions(f.getByLabelText(`${name} 截至月份`), '1—9月（前三季度）')
      await user.type(f.getByLabelText(`${name} 累计值`), value)
      await user.click(f.getAllByRole('button', { name: '记录' }).at(-1)!)
    }
    expect(form).toHaveTextContent('子项分担量合计 168，全年目标 168亿元')
  })
  expect(item('社会消费品零售总额')).toHaveTextContent(
    '子项汇总：110.5亿元（2/2 个子项已报，截至1—9月（前三季度））',
  )
})
