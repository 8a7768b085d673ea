// One rule reads every stored list back: what parses is kept (first of a repeated key), the rest goes aside with why.
import { expect, it } from 'vitest'
import { z } from 'zod'
import { keepValid } from './keep-valid'

const schema = z.object({ id: z.string().min(1), n: z.number() })
const rule = { schema, key: (r: { id: string }) => r.id }

it('keeps the records that parse and sets aside a broken one and a repeated key, each with its reason', () => {
  const { kept, rejected } = keepValid(
    { list: [{ id: 'a', n: 1 }, { id: 'b' }, { id: 'a', n: 2 }] },
    'list',
    rule,
  )
  expect(kept).toEqual([{ id: 'a', n: 1 }])
  expect(rejected.map((r) => r.problem)).toEqual([expect.stringMatching(/^n：/) as unknown, '编号重复：a'])
})

it('names a repeat in the caller’s words', () => {
  const { rejected } = keepValid(
    {
      list: [
        { id: 'a', n: 1 },
        { id: 'a', n: 1 },
      ],
    },
    'list',
    {
      ...rule,
      duplicate: (k) => `重复：${k}`,
    },
  )
  expect(rejected).toEqual([{ record: { id: 'a', n: 1 }, problem: '重复：a' }])
})

it('sets the whole stored value aside when its list is missing, if the caller says so', () => {
  expect(keepValid('junk', 'list', { ...rule, missing: '缺少列表 list' })).toEqual({
    kept: [],
    rejected: [{ record: 'junk', problem: '缺少列表 list' }],
  })
  expect(keepValid({}, 'list', rule)).toEqual({ kept: [], rejected: [] })
  expect(keepValid({ list: 3 }, 'list', rule)).toEqual({
    kept: [],
    rejected: [{ record: 3, problem: 'list 应为列表' }],
  })
})
