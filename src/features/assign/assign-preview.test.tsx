// Before a 分解表 import changes anything, its dialog lists each item with what it had (未分解 when new) and what it
// will have; 确认导入 is offered only when something changes.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { AssignPlan } from '@/monitoring/assign-table'
import type { Assignment } from '@/monitoring/responsibility'
import { AssignPreview } from './assign-preview'

const names: Record<string, string> = { gdp: '地区生产总值增速', grain: '粮食播种面积' }
const assignment = (itemId: string, leadUnit: string): Assignment => ({
  itemId,
  leadUnit,
  partnerUnits: [],
  frequency: 'monthly',
  nodes: [],
  subItems: [],
})
const plan = (p: Partial<AssignPlan>): AssignPlan => ({
  added: [],
  changed: [],
  unchanged: 0,
  newUnits: [],
  newLeaders: [],
  ...p,
})
const show = (p: AssignPlan, onConfirm = vi.fn()) =>
  render(
    <AssignPreview
      state={{ name: '分解表.xlsx', plan: p, skipped: 0 }}
      nameOf={(id) => names[id] ?? id}
      onConfirm={onConfirm}
      onCancel={vi.fn()}
      onRepreview={vi.fn()}
    />,
  )

describe('AssignPreview', () => {
  it('shows each item before and after, a new one as 未分解, and confirms on 确认导入', async () => {
    const onConfirm = vi.fn()
    show(
      plan({
        added: [assignment('grain', '县农业农村局')],
        changed: [{ before: assignment('gdp', '县统计局'), after: assignment('gdp', '县发改局') }],
        unchanged: 3,
      }),
      onConfirm,
    )
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['目标或任务', '原记录', '导入后'])
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      )
    expect(rows).toEqual([
      ['粮食播种面积', '未分解', '牵头单位 县农业农村局 · 月报'],
      ['地区生产总值增速', '牵头单位 县统计局 · 月报', '牵头单位 县发改局 · 月报'],
    ])
    await userEvent.click(screen.getByRole('button', { name: '确认导入' }))
    expect(onConfirm).toHaveBeenCalledOnce()
  })

  it('has no table and no 确认导入 when nothing changes', () => {
    show(plan({ unchanged: 2 }))
    expect(screen.getByText('文件中没有新的或改动的记录，无需导入。')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByRole('button', { name: '确认导入' })).toBeNull()
    expect(screen.getByRole('button', { name: '取消' })).toBeInTheDocument()
  })
})
