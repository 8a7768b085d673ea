import type { BulletinBody } from './bulletin-snapshot'

// 六、未报送情况 in words: built once with the 通报 and kept in its snapshot, so an issued 通报 keeps what it said.

/** Where items without a 牵头单位 are listed among the units that did not report */
export const UNASSIGNED = '未明确牵头单位'

export type UnreportedUnit = BulletinBody['unreported'][number]
export type UnreportedWording = { summary: string; lines: string[] }

const itemList = (u: UnreportedUnit) => u.items.map((i) => `${i.name}（第${i.no}项）`).join('、')
const unitNames = (named: readonly UnreportedUnit[]) =>
  named
    .slice(0, 3)
    .map((u) => u.unit)
    .join('、') + (named.length > 1 ? `等${named.length}个单位` : '')

/** 逾期报送——县商务局：社会消费品零售总额（第12项）。 */
export function lateLines(units: readonly UnreportedUnit[]): string[] {
  return units.map((u) => `逾期报送——${u.unit}：${itemList(u)}。`)
}

/**
 * The section as the 督查室 words it: the units that owe a figure, each with its items, and plainly how many
 * unreported items have no 牵头单位 (so "all reported" is never said while items are owed).
 * `assigned`: how many items of this 通报 have a 牵头单位.
 */
export function unreportedWording(
  units: readonly UnreportedUnit[],
  late: readonly UnreportedUnit[],
  assigned: number,
): UnreportedWording {
  const named = units.filter((u) => u.unit !== UNASSIGNED)
  const none = units.find((u) => u.unit === UNASSIGNED)?.items.length ?? 0
  const owedByUnits = named.reduce((n, u) => n + u.items.length, 0)
  const unitLines = named.map((u) => `${u.unit}：${itemList(u)}。`)
  const ask = '请在任务分解中明确牵头单位，落实报送责任。'
  if (units.length === 0)
    return {
      summary: late.length ? '本期应报事项均已报送，以下单位逾期报送：' : '本期各单位均已按要求报送。',
      lines: lateLines(late),
    }
  if (named.length === 0)
    return {
      summary:
        `本期应报未报目标任务${none}项，均尚未明确牵头单位，无责任单位报送` +
        (assigned > 0 ? '；已明确牵头单位的事项本期均已报送。' : '。'),
      lines: [`请在任务分解中为上述${none}项明确牵头单位，落实报送责任。`, ...lateLines(late)],
    }
  if (none === 0)
    return {
      summary: `${unitNames(named)}本期未按要求报送，涉及目标任务${owedByUnits}项：`,
      lines: [...unitLines, ...lateLines(late)],
    }
  return {
    summary: `本期应报未报目标任务${owedByUnits + none}项。其中，${unitNames(named)}未按要求报送，涉及${owedByUnits}项：`,
    lines: [...unitLines, `另有${none}项尚未明确牵头单位，${ask}`, ...lateLines(late)],
  }
}

/** The words of 通报 issued before the wording was kept in the snapshot, so they read as they did when issued */
function legacyWording(body: BulletinBody): UnreportedWording {
  const named = body.unreported.filter((u) => u.unit !== UNASSIGNED)
  const none = body.unreported.find((u) => u.unit === UNASSIGNED)?.items.length
  const items = named.reduce((n, u) => n + u.items.length, 0)
  const summary =
    named.length === 0
      ? body.unreported.length
        ? '有牵头单位的事项本期均已按要求报送。'
        : '本期各单位均已按要求报送。'
      : `${unitNames(named)}本期未按要求报送，涉及目标任务${items}项：`
  const lines = named.map((u) => `${u.unit}：${itemList(u)}。`)
  if (none) lines.push(`另有${none}项尚未明确牵头单位，本期无进度报送，请在任务分解中明确责任单位。`)
  return { summary, lines: [...lines, ...lateLines(body.late)] }
}

/** 六、未报送情况 of a 通报, draft or issued: as kept with it, else as worded when it was issued */
export function unreportedSection(body: BulletinBody): UnreportedWording {
  return body.unreportedWording ?? legacyWording(body)
}
