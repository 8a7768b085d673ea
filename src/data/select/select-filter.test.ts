// @vitest-environment node
// Filters narrow the sector panels by sector, kind, measure and text; unknown values never hide everything.
import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '@/test-support/dataset-fixture'
import { selectSectorCounts, sortSectors } from './select-counts'
import { matchesText } from '@/lib/match-text'
import { selectSectorViews, type Filters } from './select-filter'
import { selectRows } from './select-rows'
import type { Status } from '@/monitoring/status'

const dataset = fixtureDataset()
const none: Filters = { sector: [], kind: [], measure: [], q: '', status: [] }
const statuses: Record<string, Status> = {
  'firms-2023': 'behind',
  'jobless-2023': 'done',
  'task-water': 'behind',
}
const view = (f: Partial<Filters>) =>
  selectSectorViews(
    dataset,
    { ...none, ...f },
    (id) => statuses[id] ?? (id.endsWith('2023') || id.startsWith('task') ? 'no_data' : undefined),
  ).filter((v) => v.shown)
const counts = (id: string) => selectSectorCounts(dataset).find((s) => s.sector.id === id)?.counts
const ids = (f: Partial<Filters>) =>
  view(f).flatMap((v) => [...v.rows.map((r) => r.id), ...v.tasks.map((t) => t.id)])

describe('selectRows', () => {
  it('puts a pair on one row in the target sector and keeps unpaired records', () => {
    const rows = selectRows(dataset.indicators)
    const farmland = rows.filter((r) => r.name === '新建高标准农田')
    expect(farmland).toHaveLength(1)
    expect(farmland[0]).toMatchObject({ sector: 'rural', outcome: { value: 8.24 }, target: { value: 4.6 } })
    expect(rows.find((r) => r.id === 'retail-growth-2023')?.sector).toBe('economy')
    expect(rows.find((r) => r.id === 'patents-2022')).toHaveProperty('outcome.value', 40)
    expect(rows.find((r) => r.id === 'patents-2022')?.target).toBeUndefined()
    expect(rows.find((r) => r.id === 'firms-2023')).toHaveProperty('target.value', 15)
    expect(rows.find((r) => r.id === 'firms-2023')?.outcome).toBeUndefined()
  })
})

describe('selectSectorViews', () => {
  it('shows every sector, work areas first, when nothing is filtered', () => {
    const v = view({})
    expect(v).toHaveLength(dataset.sectors.length)
    expect(v.slice(0, 7).every((s) => s.sector.workArea)).toBe(true)
  })

  it('keeps only the chosen sectors, ignoring ids that do not exist', () => {
    expect(view({ sector: ['rural', 'urban'] }).map((v) => v.sector.id)).toEqual(['urban', 'rural'])
    expect(view({ sector: ['nope'] })).toHaveLength(dataset.sectors.length)
  })

  it('still gives a sector left out by the sector filter its rows under the other filters', () => {
    const all = selectSectorViews(dataset, { ...none, sector: ['urban'], kind: ['target'] })
    expect(all).toHaveLength(dataset.sectors.length)
    const rural = all.find((v) => v.sector.id === 'rural')
    expect(rural?.shown).toBe(false)
    expect(rural?.rows.map((r) => r.id)).toContain('farmland-2023')
    expect(rural?.tasks).toEqual([])
  })

  it('filters by kind: a row matches when either year is of that kind', () => {
    expect(ids({ kind: ['task'] }).sort()).toEqual(['task-5g', 'task-nev-park', 'task-water'])
    expect(ids({ kind: ['outcome'] })).toContain('farmland-2023')
    expect(ids({ kind: ['outcome'] })).not.toContain('firms-2023')
    expect(ids({ kind: ['target'] })).not.toContain('patents-2022')
  })

  it('filters by measure and hides tasks then', () => {
    expect(ids({ measure: ['level'] })).toEqual(['farmland-2023'])
  })

  it('searches names and quotes in Chinese, ignoring full-width forms and spaces', () => {
    expect(ids({ q: '农田' })).toEqual(['farmland-2023'])
    expect(ids({ q: '5g' })).toEqual(['task-5g'])
    expect(ids({ q: '产业园' })).toEqual(['task-nev-park'])
    expect(ids({ q: '控制在5.6%' })).toEqual(['jobless-2023'])
    expect(ids({ q: '没有这个词' })).toEqual([])
  })

  it('filters by status: 2023 targets and tasks by theirs, 2022 outcomes alone never', () => {
    expect(ids({ status: ['behind'] })).toEqual(['firms-2023', 'task-water'])
    expect(ids({ status: ['behind', 'done'] })).toEqual(['firms-2023', 'task-water', 'jobless-2023'])
    expect(ids({ status: ['no_data'] })).toContain('farmland-2023')
    expect(ids({ status: ['no_data'] })).not.toContain('patents-2022')
    expect(ids({ status: ['behind'], kind: ['task'] })).toEqual(['task-water'])
    expect(view({ status: ['unreported'] })).toEqual([])
  })

  it('按牵头单位/按责任领导: keeps the 2023 items the filter passes, and no 2022-only row', () => {
    const led = new Set(['farmland-2023', 'task-water'])
    const shown = selectSectorViews(
      dataset,
      none,
      () => undefined,
      (id) => led.has(id),
    ).filter((v) => v.shown)
    expect(shown.flatMap((v) => [...v.rows.map((r) => r.id), ...v.tasks.map((t) => t.id)])).toEqual([
      'farmland-2023',
      'task-water',
    ])
    expect(
      selectSectorViews(
        dataset,
        none,
        () => undefined,
        () => false,
      ).filter((v) => v.shown),
    ).toEqual([])
  })

  it('drops panels left empty by a narrowing filter, but keeps totals unfiltered', () => {
    const v = view({ q: '农田' })
    expect(v.map((s) => s.sector.id)).toEqual(['rural'])
    expect(v[0]?.counts).toEqual(counts('rural'))
  })
})

describe('counts and order', () => {
  it('counts targets, outcomes and tasks per sector', () => {
    expect(counts('rural')).toEqual({ targets: 1, outcomes: 1, tasks: 1 })
    expect(counts('economy')).toEqual({ targets: 6, outcomes: 3, tasks: 0 })
  })

  it('sorts work areas before extra sectors', () => {
    const sorted = sortSectors([
      { id: 'x', workArea: false, order: 0 },
      { id: 'b', workArea: true, order: 2 },
      { id: 'a', workArea: true, order: 1 },
    ])
    expect(sorted.map((s) => s.id)).toEqual(['a', 'b', 'x'])
  })
})

it('matchesText needs every word of the query', () => {
  expect(matchesText('高标准 农田', ['新建高标准农田'])).toBe(true)
  expect(matchesText('高标准 油茶', ['新建高标准农田'])).toBe(false)
  expect(matchesText('  ', ['任何'])).toBe(true)
})
