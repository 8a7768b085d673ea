// On static hosting the first visit hydrates at once: it asks nothing of a server and downloads no server code; the
// browser-storage code loads once the app is live, and a returning visit's stored entries then show.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, expect, it } from 'vitest'
import { artifacts, baseURL, openBrowser, type Session } from './browser'
import { documentStored } from './stored'

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'dist', '.vite', 'manifest.json'), 'utf8'),
) as Record<string, { file: string }>
const chunk = (source: string) => manifest[source]!.file

const entry = {
  id: 'lazy-1',
  type: 'value',
  targetId: 'gdp-growth-2023',
  asOf: '2023-12',
  value: 7.9,
  basis: 'provisional',
  recordedAt: '2024-01-10T08:00:00.000Z',
}
const summary = (page: Page) => page.getByRole('group', { name: '按状态统计与筛选' })
const count = async (page: Page, status: string) =>
  Number(/(\d+)项/.exec((await summary(page).getByRole('button', { name: status }).textContent()) ?? '')?.[1])
const live = (page: Page) =>
  page.waitForFunction(() => document.getElementById('root')?.dataset.live !== undefined)

let s: Session | undefined
afterEach(async () => {
  await s?.context.close()
  s = undefined
})

it('asks nothing of a server, loads no server code, and loads browser storage once live', async () => {
  s = await openBrowser()
  const requests: string[] = []
  s.page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await s.page.goto(baseURL())
  await live(s.page)
  await s.page.waitForLoadState('networkidle')
  expect(requests.filter((p) => p.includes('/api/'))).toEqual([])
  const loaded = (source: string) => requests.some((p) => p.endsWith(`/${chunk(source)}`))
  expect(loaded('src/stores/server-start.ts')).toBe(false)
  expect(loaded('src/features/session/login-page.tsx')).toBe(false)
  expect(loaded('src/stores/ledger/browser-ledger.ts')).toBe(true)
  // No hydration mismatch (React reports one as an error) and nothing failed.
  expect(s.problems).toEqual([])
})

it('shows a returning visit’s stored entries after hydrating the prerendered page', async () => {
  s = await openBrowser()
  const { page } = s
  // The prerendered page is counted at the default 本期 (2023-12); a link to another 本期 does not hydrate it.
  await page.goto(baseURL())
  await live(page)
  const empty = await summary(page).textContent()
  const unreported = await count(page, '未报送')
  await documentStored(
    page,
    'qidong-targets.progress',
    JSON.stringify({ state: { entries: [entry] }, version: 1 }),
  )
  await page.reload()
  await live(page)
  await expect.poll(() => summary(page).textContent()).not.toBe(empty)
  // The stored entry is counted: the GDP item's 1—12月 figure takes it out of 未报送.
  await expect(count(page, '未报送')).resolves.toBe(unreported - 1)
  await page.screenshot({ path: join(artifacts, 'lazy-start-returning-1440.png') })
  expect(s.problems).toEqual([])
})
