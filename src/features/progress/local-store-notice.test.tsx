// The single-file build says, where entries are recorded, that its file:// store is shared by every local page.
import { render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { LocalStoreNotice } from './local-store-notice'

afterEach(() => {
  vi.unstubAllEnvs()
})

it('in the single-file build: warns that every local page shares the store and recommends the shared server', () => {
  vi.stubEnv('MODE', 'single')
  render(<LocalStoreNotice />)
  const notice = screen.getByRole('complementary', { name: '单文件版：记录保存在本机浏览器，且不是私密的' })
  expect(notice).toHaveTextContent('本浏览器打开的所有本地 HTML 文件共用同一个存储')
  expect(notice).toHaveTextContent('涉及敏感内容或需要多人共用的，请使用单位部署的共享服务器版看板')
})

it('in the served build: says nothing', () => {
  render(<LocalStoreNotice />)
  expect(screen.queryByRole('complementary')).toBeNull()
})
