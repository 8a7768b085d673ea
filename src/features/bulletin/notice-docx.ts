import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { noticeNumber, officeLine } from '@/monitoring/supervision'
import { noticeKind, noticeRows, type NoticeDraft } from './notice-document'

// 督办单 as .docx (lazy chunk), in the same 公文 faces as the 通报.

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia })
const text = (t: string, face = '仿宋_GB2312', extra = {}) =>
  new TextRun({ text: t, font: font(face), size: 32, ...extra })

export async function noticeDocx(n: NoticeDraft): Promise<Blob> {
  const doc = new Document({
    title: `督办单 ${noticeNumber(n.seq)}`,
    creator: n.issuer,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children: [
          new Paragraph({
            children: [text('督 办 单', '方正小标宋简体', { size: 64, color: 'C00000' })],
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({
            children: [text(noticeNumber(n.seq)), text(`\t${noticeKind(n)}`)],
            tabStops: [{ type: 'right', position: 8844 }],
            border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 4 } },
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: noticeRows(n).map(
              ([label, value]) =>
                new TableRow({
                  cantSplit: true,
                  children: [
                    new TableCell({
                      width: { size: 18, type: WidthType.PERCENTAGE },
                      children: [
                        new Paragraph({ children: [text(label, '黑体')], alignment: AlignmentType.CENTER }),
                      ],
                    }),
                    new TableCell({
                      children: value.split('\n').map((p) => new Paragraph({ children: [text(p)] })),
                    }),
                  ],
                }),
            ),
          }),
          new Paragraph({
            children: [text(officeLine(n.issuer, n.issuedOn))],
            alignment: AlignmentType.RIGHT,
            spacing: { before: 480 },
          }),
        ],
      },
    ],
  })
  return Packer.toBlob(doc)
}
