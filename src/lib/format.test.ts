// @vitest-environment node
// A quoted figure reads exactly as the report writes it; computed numbers use Chinese (zh-CN) formatting.
import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatDay,
  formatFigure,
  formatNumber,
  formatPointsDifference,
  formatSigned,
} from './format'

it('writes a day and a moment the Chinese way, never 2023/7/2 or 2023-07-02', () => {
  const at = new Date(2023, 6, 2, 9, 5, 30)
  expect(formatDay(at)).toBe('2023年7月2日')
  expect(formatDateTime(at.toISOString())).toBe('2023年7月2日 09:05')
  expect(formatDateTime('not a time')).toBe('not a time')
})

const fig = (written: string, unit: string, qualifier?: string, measure = 'count') => ({
  written,
  unit,
  measure,
  ...(qualifier ? { qualifier } : {}),
})

describe('formatFigure', () => {
  it('puts suffix qualifiers after the unit', () => {
    expect(formatFigure(fig('7.5', '%', '左右', 'growth_pct'))).toBe('7.5%左右')
    expect(formatFigure(fig('15', '家', '以上'))).toBe('15家以上')
    expect(formatFigure(fig('6600', '人', '以上'))).toBe('6600人以上')
    expect(formatFigure(fig('5.6', '%', '以内', 'share_pct'))).toBe('5.6%以内')
  })

  it('puts prefix qualifiers before the number', () => {
    expect(formatFigure(fig('168', '亿元', '突破', 'level'))).toBe('突破168亿元')
    expect(formatFigure(fig('40', '万亩', '超', 'level'))).toBe('超40万亩')
    expect(formatFigure(fig('3.03', '%', '控制在', 'share_pct'))).toBe('控制在3.03%')
  })

  it('puts 余 after the number and its 万/亿 magnitude', () => {
    expect(formatFigure(fig('1500', '名', '余'))).toBe('1500余名')
    expect(formatFigure(fig('2', '万平方米', '余', 'level'))).toBe('2万余平方米')
    expect(formatFigure(fig('143', '万剂', '余'))).toBe('143万余剂')
  })

  it('keeps a figure without qualifier verbatim (固定资产投资增长9.5%)', () => {
    expect(formatFigure(fig('9.5', '%', undefined, 'growth_pct'))).toBe('9.5%')
    expect(formatFigure(fig('两', '个', '以上'))).toBe('两个以上')
  })

  it('writes ranks as positions', () => {
    expect(formatFigure(fig('第一', '名', undefined, 'rank'))).toBe('第一')
    expect(formatFigure(fig('9', '名', undefined, 'rank'))).toBe('第9')
    expect(formatFigure(fig('十', '名', '前', 'rank'))).toBe('前十')
  })
})

describe('numbers', () => {
  it('formats with Chinese grouping and at most two decimals', () => {
    expect(formatNumber(13506)).toBe('13,506')
    expect(formatNumber(1.2000000000000002)).toBe('1.2')
    expect(formatSigned(2.5)).toBe('+2.5')
    expect(formatSigned(-7.5)).toBe('-7.5')
  })

  it('words a points difference', () => {
    expect(formatPointsDifference(2.5)).toBe('高2.5个百分点')
    expect(formatPointsDifference(-7.5)).toBe('低7.5个百分点')
    expect(formatPointsDifference(0)).toBe('持平')
  })
})
