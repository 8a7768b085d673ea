// @vitest-environment node
// Exported file names are safe on Windows and still say what the file is.
import { describe, expect, it } from 'vitest'
import { fileName, localDate, safeNamePart } from './file-name'

describe('file names', () => {
  it('builds 领域_图表_日期.ext', () => {
    expect(fileName(['产业发展', '地区生产总值增速', localDate(new Date(2023, 5, 30))], 'png')).toBe(
      '产业发展_地区生产总值增速_2023-06-30.png',
    )
  })

  it('strips reserved and control characters and trims dots and spaces', () => {
    expect(safeNamePart(' ..a\\b/c:d*e?f"g<h>i|j\u0001k  \tl.. ')).toBe('abcdefghijk l')
    expect(fileName(['绿色/安全', '优良率<92.6%>', ''], 'csv')).toBe('绿色安全_优良率92.6%.csv')
  })

  it('caps each part by characters, not bytes, and never cuts to a trailing dot', () => {
    const long = '很'.repeat(100)
    expect(safeNamePart(long)).toHaveLength(60)
    expect(safeNamePart(`${'a'.repeat(59)}.b`)).toBe('a'.repeat(59))
  })

  it('never produces an empty or reserved name', () => {
    expect(fileName(['***', '...'], 'zip')).toBe('export.zip')
    expect(safeNamePart('CON')).toBe('_CON')
  })
})
