// A part that fails (a chunk that did not load, a bug) shows a Chinese message with 重试 in its place; its siblings live on.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it, vi } from 'vitest'
import { PartBoundary } from './part-boundary'

let failWith: Error | null = null
function Part() {
  if (failWith) throw failWith
  return <p>图表已绘出</p>
}

it('replaces only the failed chart with a message naming it, and 重试 draws it again', async () => {
  failWith = new TypeError('Failed to fetch dynamically imported module: http://x/assets/bullet-chart-abc.js')
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  const onRetry = vi.fn(() => {
    failWith = null
  })
  render(
    <>
      <PartBoundary part="图表“地区生产总值增速”" onRetry={onRetry}>
        <Part />
      </PartBoundary>
      <p>其他面板</p>
    </>,
  )
  const alert = screen.getByRole('alert')
  expect(alert).toHaveTextContent('图表“地区生产总值增速”未能显示')
  expect(alert).toHaveTextContent('加载失败：可能是网络中断，或看板刚刚更新')
  expect(alert).not.toHaveTextContent('Failed to fetch')
  expect(screen.getByText('其他面板')).toBeInTheDocument()
  await userEvent.setup().click(screen.getByRole('button', { name: '重试' }))
  expect(onRetry).toHaveBeenCalledOnce()
  expect(screen.getByText('图表已绘出')).toBeInTheDocument()
  expect(screen.queryByRole('alert')).toBeNull()
})

it('says what went wrong for any other error', () => {
  failWith = new Error('boom')
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  render(
    <PartBoundary part="“产业发展”面板">
      <Part />
    </PartBoundary>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('“产业发展”面板未能显示这部分遇到意外错误')
  expect(screen.getByRole('alert')).toHaveTextContent('错误信息：boom')
})
