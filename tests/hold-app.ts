import type { Page } from 'playwright-core'

// Holds the app's entry chunk back until release() is called, so the page stays the prerendered HTML meanwhile: a
// user sees it and clicks, and no handler of the app's is there yet.
export async function holdEntryChunk(page: Page) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let held = false
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    held = true
    await released
    await route.continue()
  })
  return { release, wasHeld: () => held }
}

// The HTML is parsed (a user sees the prerendered page) while the module script still waits for its chunk.
export async function openPrerendered(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => document.readyState === 'interactive')
}
