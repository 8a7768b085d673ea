// @vitest-environment node
// A 期数 is issued once per year of 印发: the holder is found across ids, a new year starts a new series.
import { describe, expect, it } from 'vitest'
import { issueHolder, issueTakenMessage, issueYear, nextIssue } from './issue-number'

const issued = (id: string, issue: number, issuedOn: string) => ({
  id,
  header: { issue, issuedOn, title: `通报${id}` },
})
const list = [issued('a', 1, '2023-08-08'), issued('b', 3, '2023-10-08'), issued('c', 1, '2024-01-06')]

describe('期数 once a year', () => {
  it('reads the year from the 印发日期', () => {
    expect(issueYear({ issuedOn: '2023-12-31' })).toBe(2023)
  })

  it('finds the other 通报 holding the same 期数 in the same year, never itself', () => {
    expect(issueHolder(list, issued('new', 3, '2023-11-08'))?.id).toBe('b')
    expect(issueHolder(list, issued('new', 3, '2024-11-08'))).toBeUndefined()
    expect(issueHolder(list, issued('new', 2, '2023-11-08'))).toBeUndefined()
    expect(issueHolder(list, issued('b', 3, '2023-10-08'))).toBeUndefined()
  })

  it('offers the number after the highest of that year, skipping gaps', () => {
    expect(nextIssue(list, 2023)).toBe(4)
    expect(nextIssue(list, 2024)).toBe(2)
    expect(nextIssue(list, 2025)).toBe(1)
  })

  it('names the 期数 taken, when and under which title, and the next free one', () => {
    expect(issueTakenMessage(list, list[1]!)).toBe(
      '2023年第3期已于2023-10-08印发（通报b），同一年的期数不能重复，请改为第4期后再印发',
    )
  })
})
