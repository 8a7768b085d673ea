import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  TableLayoutType,
  WidthType,
  type IRunOptions,
} from 'docx'
import { ANNEX_COLUMNS, ANNEX_WIDTHS, BLOCK_HEADINGS, rowStatusLabel } from '@/monitoring/bulletin'
import { unreportedSection } from '@/monitoring/bulletin-unreported'
import type { BulletinBody, BulletinHeader, BulletinRow } from '@/monitoring/bulletin-snapshot'
import { LIGHT_LABELS } from '@/monitoring/warning'
import { formatIssuedOn } from './bulletin-masthead'

// 导出 Word (lazy chunk): the 通报 as an editable .docx in 公文 form — 小标宋 title, 黑体 headings, 仿宋 body, 附表 as a table.

const TITLE = '方正小标宋简体'
const HEADING = '黑体'
const BODY = '仿宋_GB2312'
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia })
const RED = 'C00000'
const pt = (n: number) => n * 2 // docx sizes are half-points

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, ...options })
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLineChars: 200 } })
const heading = (text: string) =>
  new Paragraph({
    children: [run(text, { font: font(HEADING) })],
    indent: { firstLineChars: 200 },
    keepNext: true,
  })

function itemParagraphs(row: BulletinRow, instance: number, narrative = true): Paragraph[] {
  const light = row.light === 'green' ? '' : `（预警：${LIGHT_LABELS[row.light]}）`
  const out = [
    new Paragraph({
      children: [run(`${row.line}。${row.responsibility}。${light}`)],
      numbering: { reference: 'items', level: 0, instance },
    }),
  ]
  if (narrative && row.problems) out.push(body(`存在问题：${row.problems}`))
  if (narrative && row.nextSteps) out.push(body(`下一步措施：${row.nextSteps}`))
  return out
}

/** The A4 page's text width in twips (page width less the 公文 side margins) */
const TEXT_WIDTH = 8844

function annex(rows: readonly BulletinRow[], month: number): (Paragraph | Table)[] {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ children: [run(text, { bold, size: pt(9), font: font(bold ? HEADING : BODY) })] }),
      ],
    })
  return [
    new Paragraph({ children: [run('附表', { font: font(HEADING) })], pageBreakBefore: true }),
    new Paragraph({
      children: [
        run(`2023年政府工作报告目标任务推进情况表（截至${month}月）`, { font: font(TITLE), size: pt(16) }),
      ],
      alignment: AlignmentType.CENTER,
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      // Fixed widths as printed: without them every column got 1/9 and 目标任务 wrapped four characters a line
      layout: TableLayoutType.FIXED,
      columnWidths: ANNEX_WIDTHS.map((w) => Math.round((w * TEXT_WIDTH) / 100)),
      rows: [
        new TableRow({ tableHeader: true, children: ANNEX_COLUMNS.map((h) => cell(h, true)) }),
        ...rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: [
                String(r.no),
                r.sector,
                r.name,
                r.target,
                r.latest,
                rowStatusLabel(r),
                LIGHT_LABELS[r.light],
                r.leadUnit ?? '',
                r.leader ?? '',
              ].map((t) => cell(t)),
            }),
        ),
      ],
    }),
  ]
}

const numerals = ['一', '二', '三', '四', '五', '六', '七']

export function bulletinDocument(header: BulletinHeader, b: BulletinBody, scope: string): Document {
  let instance = 0
  const blocks = b.blocks.flatMap((block, i) => [
    heading(`${numerals[i + 1]}、${BLOCK_HEADINGS[block.key]}`),
    body(`${block.summary}${block.lagging.length ? '欠进度和未完成事项如下：' : ''}`),
    ...block.lagging.flatMap((row, j, all) =>
      itemParagraphs(row, j === 0 ? ++instance : instance, all.length > 0),
    ),
  ])
  const highlightInstance = ++instance
  const children = [
    new Paragraph({
      children: [run('督查通报', { font: font(TITLE), size: pt(36), color: RED, bold: true })],
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ children: [run(`第${header.issue}期`)], alignment: AlignmentType.CENTER }),
    new Paragraph({
      children: [run(header.issuer), run(`\t${formatIssuedOn(header.issuedOn)}`)],
      tabStops: [{ type: TabStopType.RIGHT, position: 8844 }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    }),
    new Paragraph({
      children: [run(header.title, { font: font(TITLE), size: pt(22) })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 480, after: 240 },
    }),
    ...(scope
      ? [new Paragraph({ children: [run(`（本通报范围：${scope}）`)], alignment: AlignmentType.CENTER })]
      : []),
    heading('一、总体情况'),
    body(b.overall),
    ...blocks,
    heading('五、工作亮点'),
    body(
      b.highlights.length
        ? `已完成、提前完成和超进度事项共${b.highlights.length}项：`
        : '本期暂无已完成、提前完成或超进度事项。',
    ),
    ...b.highlights.flatMap((row) => itemParagraphs(row, highlightInstance, false)),
    heading('六、未报送情况'),
    body(unreportedSection(b).summary),
    ...unreportedSection(b).lines.map(body),
    heading('七、下步工作要求'),
    ...(header.requirements.trim() || '（未填写）').split(/\n+/).map(body),
    new Paragraph({
      children: [run(header.issuer)],
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
    }),
    ...annex(b.rows, b.month),
  ]
  return new Document({
    creator: header.issuer,
    title: header.title,
    styles: {
      default: {
        document: {
          run: { font: font(BODY), size: pt(16) },
          paragraph: { spacing: { line: 560, lineRule: 'exact' } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { firstLineChars: 200 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        // GB/T 9704 公文: A4, 37mm top, 35mm bottom, 28mm left, 26mm right
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children,
      },
    ],
  })
}

export async function bulletinDocx(header: BulletinHeader, b: BulletinBody, scope: string): Promise<Blob> {
  return Packer.toBlob(bulletinDocument(header, b, scope))
}
