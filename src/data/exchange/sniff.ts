// What a file really is, from its first bytes: a renamed workbook or a UTF-16 text must not be called "possibly GBK".

export type FileKind = 'xlsx' | 'xls' | 'pdf' | 'utf16' | 'binary' | 'text'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b)

export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx' // a ZIP: .xlsx, .docx, .et saved as xlsx
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls' // OLE compound file: .xls, .et, .doc
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16'
  const head = bytes.subarray(0, 4096)
  let zeros = 0
  let zerosAtOdd = 0
  let controls = 0
  head.forEach((b, i) => {
    if (b === 0) {
      zeros++
      if (i % 2 === 1) zerosAtOdd++
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++
  })
  // UTF-16 without a BOM: ASCII text with a zero after (LE) or before (BE) every character.
  if (head.length >= 4 && zeros >= head.length / 4 && (zerosAtOdd > zeros * 0.9 || zerosAtOdd < zeros * 0.1))
    return 'utf16'
  if (zeros > 0 || controls > head.length / 20) return 'binary'
  return 'text'
}
