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
