// The single-file build opens from disk (file://) with no server and no other file, and everything works in it.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { artifacts, openBrowser, type Session } from './browser'

const file = join(import.meta.dirname, '..', 'dist-single', 'index.html')
let s: Session
const requested: string[] = []
beforeAll(async () => {
  // Built here, fresh, so the test never checks a stale file (≈ 2 s).
  await build({ mode: 'single', logLevel: 'warn' })
  s = await openBrowser()
  s.page.on('request', (r) => requested.push(r.url()))
}, 120_000)
afterAll(async () => {
  await s.context.close()
})

it('opens from disk with the dataset inside and fetches nothing else', async () => {
  await s.page.goto(pathToFileURL(file).href)
  await s.page.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }).waitFor()
  await s.page.getByText('县第十八届人大三次会议').first().waitFor()
  expect(requested.filter((u) => u !== pathToFileURL(file).href && !u.startsWith('data:'))).toEqual([])
  await s.page.screenshot({ path: join(artifacts, 'single-file-1440.png'), fullPage: true })
  expect(s.problems).toEqual([])
})
