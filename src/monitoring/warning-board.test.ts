// @vitest-environment node
// The 预警看板 counts each unit's lights and how many times in a row-or-not an item has shown the same light.
import { expect, it } from 'vitest'
import type { BulletinRow, IssuedBulletin } from './bulletin-snapshot'
import { warningBoard } from './warning-board'

const row = (no: number, light: BulletinRow['light'], leadUnit?: string): BulletinRow => ({
  no,
  id: `i${no}`,
  name: `事项${no}`,
  sector: '产业发展',
  block: 'quantity',
  target: '1个',
  status: 'behind',
  latest: '',
  line: '',
  responsibility: '',
  light,
  lightReasons: [],
  ...(leadUnit && { leadUnit }),
})
const issued = (rows: BulletinRow[]) => ({ body: { rows } }) as unknown as IssuedBulletin

it('groups lit items by 牵头单位, reddest unit first, and counts repeats of the same light', () => {
  const board = warningBoard(
    [row(1, 'yellow', '县商务局'), row(2, 'red', '县统计局'), row(3, 'green', '县统计局'), row(4, 'blue')],
    [issued([row(1, 'yellow', '县商务局'), row(2, 'yellow')]), issued([row(1, 'red', '县商务局')])],
  )
  expect(board.map((u) => [u.unit, u.counts.red, u.counts.yellow, u.counts.blue])).toEqual([
    ['县统计局', 1, 0, 0],
    ['县商务局', 0, 1, 0],
    ['未明确牵头单位', 0, 0, 1],
  ])
  expect(board[1]!.items.map((i) => [i.name, i.light, i.times])).toEqual([['事项1', 'yellow', 2]])
  expect(board[0]!.items.map((i) => i.times)).toEqual([1])
})
