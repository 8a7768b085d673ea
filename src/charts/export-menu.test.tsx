// Every chart offers a keyboard-operable 导出 menu: formats by name, copy explained when unavailable, glossary opt-in.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { datasetOf } from '@/data/dataset/dataset-source'
import type { Dataset } from '@/data/dataset/schema'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { ChartFrame } from './chart-frame'

const glossary = [
  { no: 3, term: '五个十万', definition: '五个产业种植面积分别达到10万亩以上。', match: ['五个十万'] },
  { no: 9, term: '无关名词', definition: '不在本图中。', match: ['无关名词'] },
]

function renderChart(withDataset = true) {
  const chart = (
    <ChartFrame
      id="bullet-five"
      title="“五个十万”种植面积"
      sector="乡村振兴"
      unit="万亩"
      table={{
        columns: [
          { key: 'year', label: '年份' },
          { key: 'v', label: '数值' },
        ],
        rows: [{ year: '2022年', v: 8.24 }],
      }}
      legend={[{ label: '2022年完成', color: '#1e40af' }]}
    >
      {() => <svg width="100" height="50" />}
    </ChartFrame>
  )
  // Without a dataset the chart is rendered alone, with no provider at all
  render(
    withDataset ? (
      <DatasetProvider source={datasetOf({ glossary } as unknown as Dataset)}>{chart}</DatasetProvider>
    ) : (
      chart
    ),
  )
}

const saved: { name: string; blob: Blob }[] = []
beforeEach(() => {
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

describe('ExportMenu', () => {
  it('opens from the keyboard, moves with arrows, and Escape returns focus to 导出', async () => {
    const user = userEvent.setup()
    renderChart()
    const button = screen.getByRole('button', { name: /导出/ })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    button.focus()
    await user.keyboard('{ArrowDown}')
    const menu = screen.getByRole('menu', { name: '导出图表：“五个十万”种植面积' })
    expect(menu).toBeVisible()
    expect(screen.getByRole('menuitemcheckbox', { name: /附名词解释（本图1条）/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'PNG 图片（2倍）' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('menuitem', { name: '复制图片' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitemcheckbox')).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(button).toHaveFocus()
  })

  it('lists every format and explains why copying is unavailable here', async () => {
    const user = userEvent.setup()
    renderChart()
    await user.click(screen.getByRole('button', { name: /导出/ }))
    for (const name of ['PNG 图片（2倍）', '高清 PNG（4倍）', 'SVG 矢量图', 'CSV 数据'])
      expect(screen.getByRole('menuitem', { name })).toBeEnabled()
    const copy = screen.getByRole('menuitem', { name: '复制图片' })
    expect(copy).toHaveAttribute('aria-disabled', 'true')
    expect(copy).toHaveAccessibleDescription(/不允许网页写入图片到剪贴板/)
  })

  it('toggles 附名词解释 without closing the menu', async () => {
    const user = userEvent.setup()
    renderChart()
    await user.click(screen.getByRole('button', { name: /导出/ }))
    const toggle = screen.getByRole('menuitemcheckbox', { name: /附名词解释/ })
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByRole('menu')).toBeVisible()
  })

  it('downloads the CSV from the table data under a 领域_图表_日期 name and says so', async () => {
    const user = userEvent.setup()
    renderChart()
    await user.click(screen.getByRole('button', { name: /导出/ }))
    await user.click(screen.getByRole('menuitem', { name: 'CSV 数据' }))
    // The export module is a lazy chunk: on a loaded machine its first import takes a while.
    const status = await screen.findByText(/^已下载：/, {}, { timeout: 10_000 })
    expect(saved).toHaveLength(1)
    const { name, blob } = saved[0]!
    expect(name).toMatch(/^乡村振兴_“五个十万”种植面积_\d{4}-\d{2}-\d{2}\.csv$/)
    expect(status).toHaveTextContent(name)
    // Blob.text() would swallow the BOM: decode the bytes as they are.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).toBe(
      '\uFEFF年份,数值,单位,来源\r\n2022年,8.24,万亩,祁东县2023年政府工作报告\r\n',
    )
  })

  it('works without a dataset: no glossary terms to add', async () => {
    const user = userEvent.setup()
    renderChart(false)
    await user.click(screen.getByRole('button', { name: /导出/ }))
    await waitFor(() => {
      expect(screen.getByRole('menuitemcheckbox', { name: /本图未用到/ })).toHaveAttribute(
        'aria-disabled',
        'true',
      )
    })
  })
})

it('names the chart a 导出 button exports in its description, so a page of 导出 buttons can be told apart', () => {
  renderChart()
  expect(screen.getByRole('button', { name: '导出' })).toHaveAccessibleDescription('“五个十万”种植面积')
})
