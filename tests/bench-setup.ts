import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDataset } from '../src/data/dataset/parse-dataset'
import { staticHeadlinePage } from './bench-static-page'

// What both benchmarks (tests/bench.ts, tests/bench-paint.ts) start from: a fresh build and the yardstick page.

export const root = join(import.meta.dirname, '..')
export const dist = join(root, 'dist')

export function buildDist() {
  console.log('构建 dist/ …')
  // In its own process, as npm test runs it; the module runner running the benchmark set NODE_ENV=development.
  execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}

// The dataset, its six headline figures, and a folder holding the static page with them (the yardstick).
export function staticYardstick() {
  const dataset = parseDataset(JSON.parse(readFileSync(join(root, 'data', 'qidong-2023.json'), 'utf8')))
  const headline = dataset.indicators.filter((i) => i.headline && i.year === 2023)
  const dir = mkdtempSync(join(tmpdir(), 'qd-static-'))
  writeFileSync(join(dir, 'index.html'), staticHeadlinePage(dataset.report.title, headline))
  return { dataset, headline, dir }
}
