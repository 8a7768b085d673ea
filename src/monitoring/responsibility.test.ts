// @vitest-environment node
// A unit's name is its identity: renaming it renames every reference, and the schemas refuse what is malformed.
import { describe, expect, it } from 'vitest'
import {
  activeUnits,
  assignmentSchema,
  cycleSettingsSchema,
  deadlineSchema,
  defaultFrequency,
  emptyAssignment,
  renameUnit,
  unitNameProblem,
  unitSchema,
  unitsOf,
  type ResponsibilityState,
} from './responsibility'

const state = (): ResponsibilityState & { accounts: string[] } => ({
  units: [
    { name: '县统计局', kind: 'county', retired: false },
    { name: '县人社局', kind: 'county', retired: false },
    { name: '洪桥街道', kind: 'township', retired: true },
  ],
  leaders: [{ name: '张三', title: '县委常委、常务副县长' }],
  assignments: [
    assignmentSchema.parse({
      itemId: 'gdp-growth-2023',
      leadUnit: '县统计局',
      partnerUnits: ['县人社局', '洪桥街道'],
      frequency: 'quarterly',
      subItems: [{ id: 's1', name: '一产', leadUnit: '县统计局' }],
    }),
    assignmentSchema.parse({
      itemId: 'new-urban-jobs-2023',
      partnerUnits: ['县统计局'],
      frequency: 'monthly',
    }),
  ],
  accounts: ['kept as it is'],
})

describe('defaultFrequency', () => {
  it.each([
    ['gdp-growth-2023', 'quarterly'],
    ['disposable-income-growth-2023', 'quarterly'],
    ['new-urban-jobs-2023', 'monthly'],
    ['task-xiangjiang-water', 'monthly'],
  ])('%s → %s', (id, frequency) => {
    expect(defaultFrequency({ id })).toBe(frequency)
    expect(emptyAssignment({ id })).toEqual({
      itemId: id,
      partnerUnits: [],
      frequency,
      nodes: [],
      subItems: [],
    })
  })
})

describe('renameUnit', () => {
  it('renames the unit in the directory, lead and partner units and sub-items; other fields pass through', () => {
    const after = renameUnit(state(), '县统计局', ' 祁东县统计局 ')
    expect(after.units.map((u) => u.name)).toEqual(['祁东县统计局', '县人社局', '洪桥街道'])
    expect(after.assignments[0]).toMatchObject({
      leadUnit: '祁东县统计局',
      partnerUnits: ['县人社局', '洪桥街道'],
      subItems: [{ leadUnit: '祁东县统计局' }],
    })
    expect(after.assignments[1]?.partnerUnits).toEqual(['祁东县统计局'])
    expect(after.assignments[1]).not.toHaveProperty('leadUnit')
    expect(after.accounts).toEqual(['kept as it is'])
  })

  it('renames a retired unit too, keeping it retired', () => {
    const after = renameUnit(state(), '洪桥街道', '洪桥街道办事处')
    expect(after.units[2]).toEqual({ name: '洪桥街道办事处', kind: 'township', retired: true })
    expect(after.assignments[0]?.partnerUnits).toEqual(['县人社局', '洪桥街道办事处'])
  })

  it.each([
    ['an unknown unit', '县教育局', '县教育局新'],
    ['a name already taken', '县统计局', '县人社局'],
    ['an empty name', '县统计局', '  '],
    ['a name over 40 characters', '县统计局', '局'.repeat(41)],
    ['the same name', '县统计局', '县统计局'],
  ])('leaves the state unchanged for %s', (_, from, to) => {
    const before = state()
    expect(renameUnit(before, from, to)).toBe(before)
  })

  it('does not mutate its input', () => {
    const before = state()
    const copy = structuredClone(before)
    renameUnit(before, '县统计局', '统计局')
    expect(before).toEqual(copy)
  })
})

describe('unit names', () => {
  it.each([
    ['县教育局', undefined, undefined],
    ['县统计局', undefined, '已有单位：县统计局'],
    ['县统计局', '县统计局', undefined],
    ['', undefined, '单位名称应为1至40个字'],
  ])('%s (except %s) → %s', (name, except, problem) => {
    expect(unitNameProblem(state().units, name, except)).toBe(problem)
  })

  it('trims names and defaults retired to false; choosers hide retired units', () => {
    expect(unitSchema.parse({ name: ' 县水利局 ', kind: 'county' })).toEqual({
      name: '县水利局',
      kind: 'county',
      retired: false,
    })
    expect(activeUnits(state().units).map((u) => u.name)).toEqual(['县统计局', '县人社局'])
    expect(unitsOf(state().assignments[0]!)).toEqual(['县统计局', '县人社局', '洪桥街道'])
  })
})

describe('schemas', () => {
  it.each([
    ['2023-06', true],
    ['2023-06-30', true],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['2023-13', false],
    ['2023-6', false],
    ['6月', false],
  ])('deadline %s valid: %s', (text, ok) => {
    expect(deadlineSchema.safeParse(text).success).toBe(ok)
  })

  it('cycle settings default to the 25th and the 督查室', () => {
    expect(cycleSettingsSchema.parse({})).toEqual({ dueDay: 25, issuer: '祁东县人民政府督查室' })
    expect(cycleSettingsSchema.safeParse({ dueDay: 29 }).success).toBe(false)
  })

  it('an assignment needs an item and a frequency; lists default to empty', () => {
    expect(assignmentSchema.safeParse({ itemId: 'x' }).success).toBe(false)
    expect(assignmentSchema.parse({ itemId: 'x', frequency: 'yearly' })).toEqual({
      itemId: 'x',
      partnerUnits: [],
      frequency: 'yearly',
      nodes: [],
      subItems: [],
    })
  })
})
