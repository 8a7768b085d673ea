// @vitest-environment node
// Every text file of 1 kB or more, in any sub-folder, gets a .br and a .gz that decode to it; small and binary files
// are left alone.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, it, onTestFinished } from 'vitest'
import { precompress } from './precompress'

it('writes .br and .gz beside each text file that is worth compressing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qd-pre-'))
  onTestFinished(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  mkdirSync(join(dir, 'assets'))
  const script = `export const s = ${JSON.stringify('祁东县 超进度 欠进度 '.repeat(100))}`
  writeFileSync(join(dir, 'assets', 'index-a1.js'), script)
  writeFileSync(join(dir, 'index.html'), `<p>${'地区生产总值增长7.5%左右'.repeat(80)}</p>`)
  writeFileSync(join(dir, 'tiny.css'), 'a{color:red}')
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096, 7))

  expect((await precompress(dir)).sort()).toEqual(['assets/index-a1.js', 'index.html'])
  expect(readdirSync(dir).sort()).toEqual([
    'assets',
    'index.html',
    'index.html.br',
    'index.html.gz',
    'logo.png',
    'tiny.css',
  ])
  const br = readFileSync(join(dir, 'assets', 'index-a1.js.br'))
  expect(brotliDecompressSync(br).toString()).toBe(script)
  expect(gunzipSync(readFileSync(join(dir, 'assets', 'index-a1.js.gz'))).toString()).toBe(script)
  expect(br.length).toBeLessThan(script.length / 4)
})
