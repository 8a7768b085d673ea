// What an indicator's figure measures: a closed list, shared by the dataset schema (schema.ts), the ?measure= filter
// and its chips, which must not load zod to know it.
export const MEASURES = [
  'level', // an amount in its unit: 359.07亿元, 8.24万亩, 30公里
  'growth_pct', // year-on-year growth in %
  'count', // a number of things: 22家, 15个, 6949人
  'share_pct', // a rate or share in %: 优良率92.6%, 失业率5.5%
  'change_pp', // a change in percentage points: 增加1.02个百分点
  'rank', // a position: 第一, 前十, 第9
] as const
