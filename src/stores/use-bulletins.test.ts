// An issued 通报 is a frozen copy: nothing done afterwards to the draft, the entries or the returned object changes it.
import { afterEach, expect, it, vi } from 'vitest'
import { buildBulletin } from '@/monitoring/bulletin'
import { monitorDataset } from '../../tests/fixtures/monitor-dataset'
import { BULLETINS_STORAGE_KEY, bulletinIssued, bulletinsReloaded, getIssuedBulletins } from './use-bulletins'

afterEach(async () => {
  localStorage.clear()
  await bulletinsReloaded()
})

const header = {
  title: '关于…的通报',
  issue: 1,
  issuer: '祁东县人民政府督查室',
  issuedOn: '2023-10-08',
  requirements: '',
}
const body = (value: number) =>
  buildBulletin({
    dataset: monitorDataset,
    entries: [
      {
        id: 'g',
        type: 'value',
        targetId: 'gdp-growth-2023',
        asOf: '2023-09',
        value,
        basis: 'provisional',
        recordedAt: '2023-09-20T00:00:00.000Z',
      },
    ],
    assignments: [],
    period: '2023-09',
    settings: { month: 9, tolerancePp: 5 },
    dueDay: 25,
  })

it('keeps what was issued when the draft it came from changes', async () => {
  const draft = body(6.1)
  expect((await bulletinIssued(header, draft)).ok).toBe(true)
  draft.rows[0]!.line = 'changed'
  header.issue = 9
  const [issued] = getIssuedBulletins()
  expect(issued!.body.rows[0]!.line).toBe('地区生产总值（第1项）：增长6.1%，低于目标1.4个百分点')
  expect(issued!.header.issue).toBe(1)
  expect(() => {
    ;(issued!.body.rows[0] as { line: string }).line = 'x'
  }).toThrow(TypeError)
  // A later 通报 with other figures is a new snapshot beside it, and both survive a reload.
  await bulletinIssued({ ...header, issue: 2 }, body(7.2))
  await bulletinsReloaded()
  expect(getIssuedBulletins().map((b) => b.body.rows[0]!.status)).toEqual(['behind', 'on_track'])
  expect(localStorage.getItem(BULLETINS_STORAGE_KEY)).toContain('增长6.1%')
})

it('sets aside a stored snapshot that does not parse and keeps the rest', async () => {
  await bulletinIssued(header, body(6.1))
  const stored = JSON.parse(localStorage.getItem(BULLETINS_STORAGE_KEY)!) as {
    state: { bulletins: unknown[] }
  }
  stored.state.bulletins.push({ id: 'broken' })
  localStorage.setItem(BULLETINS_STORAGE_KEY, JSON.stringify(stored))
  await bulletinsReloaded()
  expect(getIssuedBulletins()).toHaveLength(1)
})

it('claims nothing when the storage refuses the snapshot: 印发 answers with the reason, 往期通报 stays as it was', async () => {
  const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  const issued = await bulletinIssued(header, body(6.1))
  full.mockRestore()
  expect(issued).toMatchObject({ ok: false, failure: { code: 'storage_full' } })
  expect(getIssuedBulletins()).toEqual([])
  await bulletinsReloaded()
  expect(getIssuedBulletins()).toEqual([])
})
