// The benchmark's figures against the budgets of issue #15 (and #7's dialog and export budgets), as a table.

export type Sample = number | null
export type Stats = { min: number; median: number; max: number; n: number; missing: number }

export function stats(xs: Sample[]): Stats | null {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
  if (v.length === 0) return null
  return {
    min: v[0]!,
    median: v[Math.floor(v.length / 2)]!,
    max: v.at(-1)!,
    n: v.length,
    missing: xs.length - v.length,
  }
}

export type Metric =
  | 'staticHeadline'
  | 'appHeadline'
  | 'headlineRatio'
  | 'liveAfterPaint'
  | 'longestTask'
  | 'totalBlocking'
  | 'charts'
  | 'inp0'
  | 'inp20k'
  | 'importPreview'
  | 'importLongestTask'
  | 'glossary'
  | 'exportPng'
  | 'criticalJs'
  | 'criticalData'

export const labels: Record<Metric, string> = {
  staticHeadline: '静态页：首个目标数字绘出',
  appHeadline: '应用：首个目标数字绘出',
  headlineRatio: '首个目标数字 应用÷静态页',
  liveAfterPaint: '首次绘制 → 点击生效（应用可用）',
  longestTask: '加载中最长任务',
  totalBlocking: '加载中总阻塞时间（TBT）',
  charts: '看板全部图表绘出（自导航开始）',
  inp0: '筛选 INP，0 条记录',
  inp20k: '筛选 INP，20,000 条记录',
  importPreview: '导入 20,000 行：选定文件 → 预览',
  importLongestTask: '导入预览期间最长任务',
  glossary: '打开名词解释',
  exportPng: '导出一张 PNG',
  criticalJs: '首屏 JS（gzip）',
  criticalData: '首屏数据（gzip，数据集 JSON）',
}

type Budget = { metric: Metric; cpu: number; stat: 'median' | 'max'; max: number }

export const budgets: Budget[] = [
  { metric: 'headlineRatio', cpu: 1, stat: 'median', max: 1.15 },
  { metric: 'liveAfterPaint', cpu: 1, stat: 'median', max: 300 },
  { metric: 'longestTask', cpu: 1, stat: 'median', max: 100 },
  { metric: 'longestTask', cpu: 4, stat: 'median', max: 300 },
  { metric: 'charts', cpu: 1, stat: 'median', max: 1000 },
  { metric: 'charts', cpu: 4, stat: 'median', max: 3000 },
  { metric: 'inp0', cpu: 1, stat: 'median', max: 50 },
  { metric: 'inp0', cpu: 1, stat: 'max', max: 100 },
  { metric: 'inp20k', cpu: 1, stat: 'median', max: 50 },
  { metric: 'inp20k', cpu: 1, stat: 'max', max: 100 },
  { metric: 'criticalJs', cpu: 1, stat: 'median', max: 100_000 },
  { metric: 'importPreview', cpu: 1, stat: 'median', max: 1000 },
  { metric: 'importLongestTask', cpu: 1, stat: 'median', max: 100 },
  { metric: 'glossary', cpu: 1, stat: 'median', max: 100 },
  { metric: 'exportPng', cpu: 1, stat: 'median', max: 500 },
]

export type Figures = Record<number, Partial<Record<Metric, Stats | null>>>

const show = (metric: Metric, x: number) =>
  metric === 'criticalJs' || metric === 'criticalData'
    ? `${(x / 1000).toFixed(1)} kB`
    : metric === 'headlineRatio'
      ? `${x.toFixed(2)}×`
      : `${x.toFixed(0)} ms`

const cell = (metric: Metric, s: Stats | null | undefined) =>
  s === undefined
    ? '—'
    : s === null
      ? '未测得'
      : s.n === 1
        ? show(metric, s.median)
        : `${show(metric, s.median)}（${show(metric, s.min)}–${show(metric, s.max)}）`

export function judge(figures: Figures) {
  return budgets.map((b) => {
    const s = figures[b.cpu]?.[b.metric]
    const value = s ? s[b.stat] : null
    return { ...b, label: labels[b.metric], value, pass: value !== null && value <= b.max }
  })
}

// One row per figure: median (min–max) under each CPU speed, then its budget(s) and whether they hold.
export function table(figures: Figures, cpus: number[]): string {
  const verdicts = judge(figures)
  const head = ['项目', ...cpus.map((c) => (c === 1 ? '正常 CPU' : `${c}× 降速 CPU`)), '预算', '达标']
  const rows = (Object.keys(labels) as Metric[]).map((metric) => {
    const own = verdicts.filter((v) => v.metric === metric)
    const budget = own
      .map(
        (v) =>
          `${v.stat === 'max' ? '最差' : '中位数'} ≤ ${show(metric, v.max)}${v.cpu === 1 ? '' : `（${v.cpu}×）`}`,
      )
      .join('；')
    const pass = own.map((v) => (v.pass ? '✓' : '✗')).join('')
    return [
      labels[metric],
      ...cpus.map((c) => cell(metric, figures[c]?.[metric])),
      budget || '（仅记录）',
      pass,
    ]
  })
  return [head, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
}
