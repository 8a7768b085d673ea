// @vitest-environment node
// The Word 通报 says in 六、未报送情况 what the screen says: read back from the .docx's own XML.
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { buildBulletin } from '@/monitoring/bulletin'
import { bulletinBodySchema, type BulletinBody } from '@/monitoring/bulletin-snapshot'
import { frequenciesOf } from '@/monitoring/status'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { bulletinDocument } from './bulletin-docx'

const header = {
  title: '关于2023年政府工作报告目标任务1—9月推进情况的通报',
  issue: 9,
  issuer: '祁东县人民政府督查室',
  issuedOn: '2023-10-08',
  requirements: '请各单位按时报送。',
}
const body = buildBulletin({
  dataset: monitorDataset,
  entries: [
    {
      id: 'g',
      type: 'value',
      targetId: 'gdp-growth-2023',
      asOf: '2023-09',
      value: 6.1,
      basis: 'provisional',
      recordedAt: '2023-09-20T00:00:00.000Z',
    },
  ],
  assignments: [],
  period: '2023-09',
  settings: { month: 9, tolerancePp: 5, frequencies: frequenciesOf([]) },
  dueDay: 25,
})

/** The text of each paragraph of word/document.xml, between two headings */
async function section(b: BulletinBody, from: string, to: string): Promise<string[]> {
  const buffer = await Packer.toBuffer(bulletinDocument(header, b, ''))
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!)
  const paragraphs = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
  return paragraphs.slice(paragraphs.indexOf(from) + 1, paragraphs.indexOf(to))
}

it('says in Word that the owed items have no 牵头单位, never that all reported', async () => {
  expect(await section(body, '六、未报送情况', '七、下步工作要求')).toEqual([
    '本期应报未报目标任务4项，均尚未明确牵头单位，无责任单位报送。',
    '请在任务分解中为上述4项明确牵头单位，落实报送责任。',
  ])
})

it('keeps an issued 通报’s own words in Word', async () => {
  const older = structuredClone(body)
  delete older.unreportedWording
  expect(await section(bulletinBodySchema.parse(older), '六、未报送情况', '七、下步工作要求')).toEqual([
    '有牵头单位的事项本期均已按要求报送。',
    '另有4项尚未明确牵头单位，本期无进度报送，请在任务分解中明确责任单位。',
  ])
})

it('gives the Word 附表 fixed column widths as printed, not nine equal ninths', async () => {
  const buffer = await Packer.toBuffer(bulletinDocument(header, body, ''))
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!)
  const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)?.[1] ?? ''
  const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]))
  expect(widths).toHaveLength(9)
  const [no, sector, name] = widths as [number, number, number]
  expect(name).toBeGreaterThan(2 * sector)
  expect(sector).toBeGreaterThan(no)
  // The A4 text width between the 公文 margins
  expect(Math.abs(widths.reduce((a, b) => a + b, 0) - 8844)).toBeLessThan(10)
  expect(xml).toContain('<w:tblLayout w:type="fixed"/>')
})
