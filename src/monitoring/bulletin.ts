import type { Dataset, Indicator, ProgressEntry } from '@/data/dataset/schema'
import { chaseAt, type Chase } from './chase'
import { statusesById, type StatusResult, type StatusSettings } from './status'
import type { Status } from './status'
import { formatFigure } from '@/lib/format'
import { zh } from '@/i18n/zh'
import { describeEntry } from './format-entry'
import type { BulletinBody, BulletinRow } from './bulletin-snapshot'
import { responsibilityLine, shareText, standardLine } from './bulletin-lines'
import { periodMonth } from './period'
import type { Assignment } from './responsibility'
import { defaultWarningRule, judgeLight, type WarningRule } from './warning'
import { UNASSIGNED, unreportedWording, type UnreportedUnit } from './bulletin-unreported'

// The 通报 as data, built once from the dataset, entries and 任务分解 at 本期; a snapshot is this object frozen.

export type BlockKey = 'economy' | 'quantity' | 'task'

export const BLOCK_HEADINGS: Record<BlockKey, string> = {
  economy: '主要经济指标',
  quantity: '量化指标',
  task: '重点任务',
}

export const STATUS_LABELS: Record<Status, string> = zh.status
/** A 通报 row's status in words, as issued: before 未报送 counted never-reported items, `no_data` read 无数据 */
export function rowStatusLabel(row: Pick<BulletinRow, 'status' | 'statusLabel'>): string {
  return row.statusLabel ?? (row.status === 'no_data' ? '无数据' : STATUS_LABELS[row.status])
}
export const bulletinStatusOrder: readonly Status[] = [
  'ahead',
  'on_track',
  'behind',
  'done',
  'missed',
  'unreported',
  'no_data',
]

export type { BulletinBody, BulletinRow } from './bulletin-snapshot'

export type BulletinFilter = {
  sectors?: readonly string[]
  units?: readonly string[]
  leaders?: readonly string[]
}

export type BulletinInput = {
  dataset: Dataset
  entries: readonly ProgressEntry[]
  assignments: readonly Assignment[]
  period: string
  /** The status settings in force (tolerance, 报送频次 and node values from the 任务分解) */
  settings: StatusSettings
  /** 报送截止日, for 逾期报送 */
  dueDay: number
  rule?: WarningRule
  /** The tab's filters (sector, search, 牵头单位, 责任领导) as one test by item id; items keep their 第N项 */
  keep?: (itemId: string) => boolean
}

type Item = {
  id: string
  name: string
  sector: string
  sectorShort: string
  block: BlockKey
  indicator?: Indicator
}

/** Every 2023 target and task in report order: the 主要预期目标 open the report, then the work areas' figures, then tasks */
export function itemsInReportOrder(dataset: Dataset): Item[] {
  const sectors = [...dataset.sectors].sort((a, b) => a.order - b.order)
  const short = new Map(sectors.map((s) => [s.id, s.short]))
  const rank = new Map(sectors.map((s, i) => [s.id, i]))
  const bySector = <T extends { sector: string }>(list: T[]) =>
    list
      .map((x, i) => ({ x, i }))
      .sort((a, b) => (rank.get(a.x.sector) ?? 99) - (rank.get(b.x.sector) ?? 99) || a.i - b.i)
      .map(({ x }) => x)
  const targets = dataset.indicators.filter((i) => i.kind === 'target')
  const economic = (i: Indicator) => i.headline === true || i.sector === 'economy'
  const item = (block: BlockKey) => (x: { id: string; name: string; sector: string }) => ({
    id: x.id,
    name: x.name,
    sector: x.sector,
    sectorShort: short.get(x.sector) ?? x.sector,
    block,
  })
  return [
    ...bySector(targets.filter(economic)).map((i) => ({ ...item('economy')(i), indicator: i })),
    ...bySector(targets.filter((i) => !economic(i))).map((i) => ({ ...item('quantity')(i), indicator: i })),
    ...bySector(dataset.tasks).map(item('task')),
  ]
}

/** 关于2023年政府工作报告目标任务1—9月推进情况的通报 */
export function defaultTitle(month: number): string {
  return `关于2023年政府工作报告目标任务${month === 1 ? '1' : `1—${month}`}月推进情况的通报`
}

/** The entry's narrative, when written */
function narrative(entry: ProgressEntry | undefined) {
  const out: Pick<BulletinRow, 'situation' | 'problems' | 'nextSteps'> = {}
  if (entry?.situation?.trim()) out.situation = entry.situation.trim()
  if (entry?.problems?.trim()) out.problems = entry.problems.trim()
  if (entry?.nextSteps?.trim()) out.nextSteps = entry.nextSteps.trim()
  return out
}

function row(item: Item, no: number, result: StatusResult, a: Assignment | undefined, input: BulletinInput) {
  const month = periodMonth(input.period)
  const verdict = judgeLight(
    { result, period: input.period, deadline: a?.deadline },
    input.rule ?? defaultWarningRule,
  )
  const r: BulletinRow = {
    no,
    id: item.id,
    name: item.name,
    sector: item.sectorShort,
    block: item.block,
    target: item.indicator ? formatFigure(item.indicator) : '重点任务',
    status: result.status,
    statusLabel: STATUS_LABELS[result.status],
    latest: result.entry ? describeEntry(result.entry, item.indicator) : '',
    line: standardLine({ no, name: item.name, indicator: item.indicator, result, month }),
    responsibility: responsibilityLine(a?.leadUnit, a?.leader),
    light: verdict.light,
    lightReasons: verdict.reasons,
    ...narrative(result.entry),
  }
  if (a?.leadUnit) r.leadUnit = a.leadUnit
  if (a?.leader) r.leader = a.leader
  return r
}

function countText(rows: readonly BulletinRow[]): string {
  return bulletinStatusOrder
    .map((s) => ({ s, n: rows.filter((r) => r.status === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => `${STATUS_LABELS[s]}${n}项`)
    .join('、')
}

export function buildBulletin(input: BulletinInput): BulletinBody {
  const month = periodMonth(input.period)
  const byItem = new Map(input.assignments.map((a) => [a.itemId, a]))
  const statuses = statusesById(
    input.dataset.indicators,
    input.dataset.tasks.map((t) => t.id),
    input.entries,
    { ...input.settings, month },
  )
  const rows = itemsInReportOrder(input.dataset)
    .map((item, i) => ({ item, no: i + 1, a: byItem.get(item.id) }))
    .filter(({ item }) => !input.keep || input.keep(item.id))
    .map(({ item, no, a }) => row(item, no, statuses.get(item.id) ?? { status: 'no_data' }, a, input))
  const total = rows.length
  const counts = bulletinStatusOrder.map((status) => ({
    status,
    n: rows.filter((r) => r.status === status).length,
  }))
  const inBlock = (key: BlockKey) => rows.filter((r) => r.block === key)
  const blocks = (['economy', 'quantity', 'task'] as const).map((key) => {
    const list = inBlock(key)
    const summary = list.length
      ? `${BLOCK_HEADINGS[key]}${list.length}项中，${countText(list)}。`
      : `本期筛选范围内无${BLOCK_HEADINGS[key]}。`
    return { key, summary, lagging: list.filter((r) => r.status === 'behind' || r.status === 'missed') }
  })
  // 未报送 and 逾期报送 by the same rule as 催报 (chase.ts), over the items this 通报 covers: 本期应报未报 = the 未报送 count.
  const chase = chaseAt(rows, statuses, input.assignments, input.entries, input.period, input.dueDay)
  const noOf = new Map(rows.map((r) => [r.id, r.no]))
  const named = (units: Chase['missing']): UnreportedUnit[] =>
    units.map((u) => ({
      unit: u.unit,
      items: u.items.map((i) => ({ no: noOf.get(i.id) ?? 0, name: i.name })),
    }))
  const unreported = [
    ...named(chase.missing),
    ...(chase.unassigned.length ? named([{ unit: UNASSIGNED, items: chase.unassigned }]) : []),
  ]
  const due = unreported.reduce((n, u) => n + u.items.length, 0)
  const late = named(chase.late)
  const overall =
    `截至2023年${month}月，纳入监测的目标任务共${total}项（${(['economy', 'quantity', 'task'] as const)
      .map((k) => `${BLOCK_HEADINGS[k]}${inBlock(k).length}项`)
      .join('、')}）。其中，` +
    counts
      // 未到报送期 is no verdict: named only when some item is in it.
      .filter(({ status, n }) => status !== 'no_data' || n > 0)
      .map(({ status, n }) => shareText(STATUS_LABELS[status], n, total))
      .join('；') +
    '。' +
    (due ? `本期应报未报${due}项，见“六、未报送情况”。` : '')
  return {
    period: input.period,
    month,
    total,
    counts,
    overall,
    blocks,
    highlights: rows.filter((r) => r.status === 'done' || r.status === 'ahead'),
    unreported,
    late,
    unreportedWording: unreportedWording(unreported, late, rows.filter((r) => r.leadUnit).length),
    rows,
  }
}

/** The 附表's columns, the same in print, Word and Excel */
export const ANNEX_COLUMNS = [
  '序号',
  '领域',
  '目标任务',
  '2023年目标',
  '最新进度',
  '状态',
  '预警',
  '牵头单位',
  '责任领导',
] as const

/** Each 附表 column's share of an A4 page (%), in print and Word alike: room for 综合经济 and ■ 红灯 on one line */
export const ANNEX_WIDTHS = [5, 9, 21, 11, 16, 8, 8, 13, 9] as const
