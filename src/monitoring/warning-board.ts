import type { BulletinRow, IssuedBulletin } from './bulletin-snapshot'
import { UNASSIGNED } from './bulletin-unreported'
import { lightOrder, type Light } from './warning'

// 预警看板: the lit items (红/黄/蓝) grouped by 牵头单位, each with how often it has shown that light (第2次黄灯).

export type BoardItem = {
  no: number
  id: string
  name: string
  light: Light
  reasons: string[]
  times: number
}
export type BoardUnit = { unit: string; counts: Record<Light, number>; items: BoardItem[] }

/** times = the issued 通报 that gave the item the same light, plus this one */
export function warningBoard(rows: readonly BulletinRow[], issued: readonly IssuedBulletin[]): BoardUnit[] {
  const before = new Map<string, number>()
  for (const b of issued)
    for (const r of b.body.rows) before.set(`${r.id}:${r.light}`, (before.get(`${r.id}:${r.light}`) ?? 0) + 1)
  const units = new Map<string, BoardUnit>()
  for (const r of rows) {
    if (r.light === 'green') continue
    const name = r.leadUnit ?? UNASSIGNED
    const unit = units.get(name) ?? {
      unit: name,
      counts: { red: 0, yellow: 0, blue: 0, green: 0 },
      items: [],
    }
    unit.counts[r.light]++
    unit.items.push({
      no: r.no,
      id: r.id,
      name: r.name,
      light: r.light,
      reasons: r.lightReasons,
      times: (before.get(`${r.id}:${r.light}`) ?? 0) + 1,
    })
    units.set(name, unit)
  }
  const rank = (l: Light) => lightOrder.indexOf(l)
  for (const u of units.values()) u.items.sort((a, b) => rank(a.light) - rank(b.light) || a.no - b.no)
  // Most red first, then most yellow; the unassigned last.
  return [...units.values()].sort(
    (a, b) =>
      Number(a.unit === UNASSIGNED) - Number(b.unit === UNASSIGNED) ||
      b.counts.red - a.counts.red ||
      b.counts.yellow - a.counts.yellow ||
      a.unit.localeCompare(b.unit, 'zh-CN'),
  )
}
