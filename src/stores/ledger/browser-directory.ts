import {
  assignmentSchema,
  leaderSchema,
  renameUnit,
  unitNameProblem,
  unitSchema,
  type ResponsibilityState,
} from '@/monitoring/responsibility'
import { versionOf } from './browser-collection'
import type { LocalDocument } from './local-document'
import { done, failed, type DirectoryPort } from './ledger-port'

// The 单位名录 and 责任领导 in the browser: one document with the assignments, so a rename is one write.

const staleImport = '任务分解在预览后已被修改（可能在另一个标签页中）'

export function browserDirectory(doc: LocalDocument<ResponsibilityState>): DirectoryPort {
  const now = () => ({ units: doc.read().units, leaders: doc.read().leaders })
  const kept = <T>(next: ResponsibilityState, value: T) => {
    const written = doc.write(next)
    return Promise.resolve(written.ok ? done(value) : written)
  }
  return {
    peek: now,
    list: () => Promise.resolve(done(now())),
    unitAdded(input) {
      const state = doc.read()
      const problem = unitNameProblem(state.units, input.name)
      if (problem) return Promise.resolve(failed('invalid', problem))
      const unit = unitSchema.parse({ name: input.name.trim(), kind: input.kind })
      return kept({ ...state, units: [...state.units, unit] }, unit)
    },
    unitChanged(name, change) {
      let state = doc.read()
      const before = state.units.find((u) => u.name === name)
      if (!before) return Promise.resolve(failed('not_found', `找不到单位“${name}”`))
      const to = change.name?.trim() ?? name
      if (to !== name) {
        const problem = unitNameProblem(state.units, to, name)
        if (problem) return Promise.resolve(failed('invalid', problem))
        state = renameUnit(state, name, to)
      }
      const after = unitSchema.parse({
        ...before,
        name: to,
        ...(change.kind && { kind: change.kind }),
        ...(change.retired !== undefined && { retired: change.retired }),
      })
      return kept({ ...state, units: state.units.map((u) => (u.name === to ? after : u)) }, after)
    },
    leaderSaved(input) {
      const parsed = leaderSchema.safeParse(input)
      if (!parsed.success) return Promise.resolve(failed('invalid', '领导姓名应为1至40个字'))
      const state = doc.read()
      const leader = parsed.data
      const leaders = state.leaders.some((l) => l.name === leader.name)
        ? state.leaders.map((l) => (l.name === leader.name ? leader : l))
        : [...state.leaders, leader]
      return kept({ ...state, leaders }, leader)
    },
    leaderRemoved(name) {
      const state = doc.read()
      return kept({ ...state, leaders: state.leaders.filter((l) => l.name !== name) }, undefined)
    },
    // One document in the browser: the whole import is one write. As on the server (409), it applies only over the
    // 分解 the preview showed: another tab may have changed it since, and then nothing is written.
    imported({ units, leaders, assignments, versions }) {
      const state = doc.read()
      const stored = new Map(state.assignments.map((a) => [a.itemId, versionOf(a)]))
      const stale = assignments.map((a) => a.itemId).filter((id) => stored.get(id) !== versions.get(id))
      if (stale.length) return Promise.resolve(failed('conflict', staleImport, stale))
      const incoming = new Map(assignments.map((a) => [a.itemId, assignmentSchema.parse(a)]))
      const replaced = state.assignments.filter((a) => incoming.has(a.itemId)).length
      const unitNames = new Set(state.units.map((u) => u.name))
      const leaderNames = new Set(state.leaders.map((l) => l.name))
      const next = {
        assignments: [...state.assignments.filter((a) => !incoming.has(a.itemId)), ...incoming.values()],
        units: [
          ...state.units,
          ...units.filter((u) => !unitNames.has(u.name)).map((u) => unitSchema.parse(u)),
        ],
        leaders: [...state.leaders, ...leaders.filter((l) => !leaderNames.has(l.name))],
      }
      return kept(next, { added: incoming.size - replaced, replaced })
    },
    subscribe: (onChange) => doc.subscribe(onChange),
  }
}
