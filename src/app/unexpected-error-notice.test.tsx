// An error thrown inside a click handler never fails silently: the user is told the action did not complete.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { UnexpectedErrorNotice } from './unexpected-error-notice'

function Broken() {
  return (
    <button
      type="button"
      onClick={() => {
        throw new Error('数值无效')
      }}
    >
      保存
    </button>
  )
}

it('shows a Chinese alert with the reason when a click handler throws, and can be closed', async () => {
  // The browser reports a handler's exception as an 'error' event on window; jsdom does the same.
  const swallow = (e: ErrorEvent) => {
    e.preventDefault()
  }
  window.addEventListener('error', swallow)
  render(
    <>
      <UnexpectedErrorNotice />
      <Broken />
    </>,
  )
  const user = userEvent.setup()
  expect(screen.queryByRole('alert')).toBeNull()
  await user.click(screen.getByRole('button', { name: '保存' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('刚才的操作没有完成')
  expect(alert).toHaveTextContent('错误信息：数值无效')
  await user.click(screen.getByRole('button', { name: '关闭提示' }))
  expect(screen.queryByRole('alert')).toBeNull()
  window.removeEventListener('error', swallow)
})

it('reports a rejected promise nobody handled', async () => {
  render(<UnexpectedErrorNotice />)
  const event = new Event('unhandledrejection') as PromiseRejectionEvent
  Object.assign(event, { reason: new Error('导出失败') })
  window.dispatchEvent(event)
  expect(await screen.findByRole('alert')).toHaveTextContent('错误信息：导出失败')
})
