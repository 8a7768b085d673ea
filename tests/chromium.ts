// Which Chromium the browser tests and the benchmark drive, and with which flags (TOOLCHAIN.md): headless, and
// no attempts to reach outside hosts.
export const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
