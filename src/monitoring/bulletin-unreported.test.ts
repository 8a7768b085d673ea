// @vitest-environment node
// 六、未报送情况 never reads "all reported" while items are owed: it names the units with their items and says
// plainly how many unreported items have no 牵头单位; an issued 通报 keeps the words it was issued with.
import { describe, expect, it } from 'vitest'
import type { ProgressEntry } from '@/data/dataset/schema'
import { frequenciesOf } from '@/monitoring/status'
import { monitorDataset } from '../../tests/fixtures/monitor-dataset'
import { buildBulletin } from './bulletin'
import { bulletinBodySchema } from './bulletin-snapshot'
import { unreportedSection, unreportedWording } from './bulletin-unreported'
import type { Assignment } from './responsibility'

const at = '2023-09-20T00:00:00.000Z'
const value = (id: string, targetId: string, asOf: string, v: number): ProgressEntry => ({
  id,
  type: 'value',
  targetId,
  asOf,
  value: v,
  basis: 'provisional',
  recordedAt: at,
})
// At 2023-09: GDP and retail have their figure; 新增规模工业企业 (第2项), 城镇调查失业率 (第4项, June only) and
// the 湘江引水 task (第5项) are owed.
const entries = [
  value('g', 'gdp-growth-2023', '2023-09', 6.1),
  value('r', 'retail-sales-2023', '2023-09', 140),
  value('u', 'urban-unemployment-rate-2023', '2023-06', 5.2),
]
const assign = (itemId: string, leadUnit: string): Assignment => ({
  itemId,
  leadUnit,
  partnerUnits: [],
  frequency: itemId === 'gdp-growth-2023' ? 'quarterly' : 'monthly',
  nodes: [],
  subItems: [],
})
const sectionAt = (assignments: Assignment[], period = '2023-09') =>
  unreportedSection(
    buildBulletin({
      dataset: monitorDataset,
      entries,
      assignments,
      period,
      settings: { month: Number(period.slice(5)), tolerancePp: 5, frequencies: frequenciesOf(assignments) },
      dueDay: 25,
    }),
  )

describe('六、未报送情况', () => {
  it('says plainly that the owed items have no 牵头单位 when nothing is assigned yet', () => {
    expect(sectionAt([])).toEqual({
      summary: '本期应报未报目标任务3项，均尚未明确牵头单位，无责任单位报送。',
      lines: ['请在任务分解中为上述3项明确牵头单位，落实报送责任。'],
    })
  })
  it('adds that the assigned items all reported when only unassigned ones are owed', () => {
    expect(sectionAt([assign('gdp-growth-2023', '县统计局')])).toEqual({
      summary:
        '本期应报未报目标任务3项，均尚未明确牵头单位，无责任单位报送；已明确牵头单位的事项本期均已报送。',
      lines: ['请在任务分解中为上述3项明确牵头单位，落实报送责任。'],
    })
  })
  it('names the units with their items and counts the items that have no 牵头单位', () => {
    const assignments = [
      assign('gdp-growth-2023', '县统计局'),
      assign('urban-unemployment-rate-2023', '县人社局'),
      assign('new-large-industrial-firms-2023', '县工信局'),
    ]
    expect(sectionAt(assignments)).toEqual({
      summary: '本期应报未报目标任务3项。其中，县工信局、县人社局等2个单位未按要求报送，涉及2项：',
      lines: [
        '县工信局：新增规模工业企业（第2项）。',
        '县人社局：城镇调查失业率（第4项）。',
        '另有1项尚未明确牵头单位，请在任务分解中明确牵头单位，落实报送责任。',
      ],
    })
  })
  it('names only the units when every owed item has one', () => {
    const assignments = [
      assign('urban-unemployment-rate-2023', '县人社局'),
      assign('new-large-industrial-firms-2023', '县工信局'),
      assign('task-xiangjiang-water-diversion', '县水利局'),
    ]
    expect(sectionAt(assignments)).toEqual({
      summary: '县工信局、县人社局、县水利局等3个单位本期未按要求报送，涉及目标任务3项：',
      lines: [
        '县工信局：新增规模工业企业（第2项）。',
        '县人社局：城镇调查失业率（第4项）。',
        '县水利局：加快湘江引水工程建设（第5项）。',
      ],
    })
  })
  it('says all reported only when nothing is owed, and names late units apart', () => {
    expect(unreportedWording([], [], 3)).toEqual({ summary: '本期各单位均已按要求报送。', lines: [] })
    const late = [{ unit: '县商务局', items: [{ no: 3, name: '社会消费品零售总额' }] }]
    expect(unreportedWording([], late, 3)).toEqual({
      summary: '本期应报事项均已报送，以下单位逾期报送：',
      lines: ['逾期报送——县商务局：社会消费品零售总额（第3项）。'],
    })
  })
})

it('keeps the wording of a 通报 issued before the wording was kept, and of one issued after', () => {
  const body = buildBulletin({
    dataset: monitorDataset,
    entries,
    assignments: [],
    period: '2023-09',
    settings: { month: 9, tolerancePp: 5, frequencies: frequenciesOf([]) },
    dueDay: 25,
  })
  const older = structuredClone(body)
  delete older.unreportedWording
  expect(unreportedSection(bulletinBodySchema.parse(older))).toEqual({
    summary: '有牵头单位的事项本期均已按要求报送。',
    lines: ['另有3项尚未明确牵头单位，本期无进度报送，请在任务分解中明确责任单位。'],
  })
  // Issued with other words: reading it back gives those words, not today's.
  const issued = bulletinBodySchema.parse({
    ...body,
    unreportedWording: { summary: '当时的表述。', lines: ['当时的一行。'] },
  })
  expect(unreportedSection(issued)).toEqual({ summary: '当时的表述。', lines: ['当时的一行。'] })
})
