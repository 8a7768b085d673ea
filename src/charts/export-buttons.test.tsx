// Panel and export-all buttons have Chinese names and say plainly when there is nothing to export.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { ExportAllButton, ExportPanelButton } from './export-buttons'

it('reports, in a status line, that an empty panel or page has no chart to export', async () => {
  const user = userEvent.setup()
  render(
    <main>
      <section id="sector-empty">
        <ExportPanelButton panelId="sector-empty" title="产业发展" />
      </section>
      <ExportAllButton />
    </main>,
  )
  await user.click(screen.getByRole('button', { name: '导出本领域图片' }))
  await user.click(screen.getByRole('button', { name: '导出全部' }))
  const statuses = await screen.findAllByText('当前页面没有可导出的图表。', {}, { timeout: 10_000 })
  expect(statuses).toHaveLength(2)
  for (const s of statuses) expect(s).toHaveAttribute('role', 'status')
})

it('tells the eight 导出本领域图片 buttons apart by their description: which sector, then what it makes', () => {
  render(
    <main>
      <ExportPanelButton panelId="sector-1" title="产业发展" />
      <ExportPanelButton panelId="sector-2" title="乡村振兴" />
    </main>,
  )
  const [first, second] = screen.getAllByRole('button', { name: '导出本领域图片' })
  expect(first).toHaveAccessibleDescription(/^产业发展：把本领域的全部图表排成16:9的幻灯片页面/)
  expect(second).toHaveAccessibleDescription(/^乡村振兴：/)
})
