// Served by the shared server, the app asks for 账号 and 密码 first; refusals say why in Chinese, 429 explained.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { useAccount } from '@/stores/use-session'
import { onFakeServer } from '@/test-support/on-fake-server'
import { LoginPage } from './login-page'
import { SessionBadge } from './session-badge'

onFakeServer([{ login: 'tongji', password: 'pw-tongji-1', role: 'reporter', unit: '县统计局' }])

function Screen() {
  return useAccount() ? <SessionBadge /> : <LoginPage />
}

it('signs in with 账号 and 密码, shows who in the header, and 退出 returns to the login', async () => {
  const user = userEvent.setup()
  render(<Screen />)
  await user.click(screen.getByRole('button', { name: '登录' }))
  expect(screen.getByRole('alert')).toHaveTextContent('请填写账号和密码')

  await user.type(screen.getByLabelText('账号'), 'tongji')
  await user.type(screen.getByLabelText('密码'), 'wrong')
  await user.click(screen.getByRole('button', { name: '登录' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('账号或密码错误')
  expect(screen.getByLabelText('账号')).toHaveValue('tongji')
  expect(screen.getByLabelText('密码')).toHaveValue('')

  await user.type(screen.getByLabelText('密码'), 'pw-tongji-1')
  await user.click(screen.getByRole('button', { name: '登录' }))
  expect(await screen.findByText('县统计局 tongji （填报员）')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: '退出' }))
  expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument()
})

it('explains a throttled login (429) in Chinese', async () => {
  const user = userEvent.setup()
  render(<Screen />)
  await user.type(screen.getByLabelText('账号'), 'tongji')
  for (let i = 0; i < 6; i++) {
    await user.type(screen.getByLabelText('密码'), 'wrong')
    await user.click(screen.getByRole('button', { name: '登录' }))
    await screen.findByRole('alert')
  }
  expect(screen.getByRole('alert')).toHaveTextContent(/错误次数过多.*为防止他人猜测密码/)
})

it('puts the keyboard on the main content once signed in, not on the vanished form', async () => {
  const user = userEvent.setup()
  render(
    <main id="main" tabIndex={-1} aria-label="主要内容">
      <Screen />
    </main>,
  )
  await user.type(screen.getByLabelText('账号'), 'tongji')
  await user.type(screen.getByLabelText('密码'), 'pw-tongji-1{Enter}')
  expect(await screen.findByRole('button', { name: '退出' })).toBeInTheDocument()
  expect(screen.getByRole('main', { name: '主要内容' })).toHaveFocus()
})
