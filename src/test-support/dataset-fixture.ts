import seed from '../../data/qidong-2023.json'
import { parseDataset } from '@/data/dataset/parse-dataset'
import type { Dataset, Indicator, Task } from '@/data/dataset/schema'

// A small dataset for unit and integration tests: the committed report meta, sectors and glossary, plus
// indicators written as the report writes them. Tests that need the real indicators read data/ directly.

type Spec = Pick<Indicator, 'id' | 'sector' | 'name' | 'value' | 'unit' | 'measure' | 'quote'> &
  Partial<Indicator>

export function indicator(spec: Spec): Indicator {
  const year = spec.year ?? (spec.id.endsWith('2022') ? 2022 : 2023)
  return {
    year,
    kind: year === 2022 ? 'outcome' : 'target',
    written: String(spec.value),
    comparator: 'exact',
    direction: 'higher_is_better',
    ...spec,
  }
}

const growth = (id: string, sector: string, name: string, value: number, quote: string, extra = {}) =>
  indicator({ id, sector, name, value, unit: '%', measure: 'growth_pct', quote, ...extra })
const about = { comparator: 'about', qualifier: '左右' } as const

// The six 主要预期目标 exactly as the report states them, each paired with its 2022 outcome.
export const headlineIndicators: Indicator[] = [
  growth('gdp-growth-2022', 'economy', '地区生产总值增速', 5, '分别增长5%', {
    headline: true,
    pairId: 'gdp-growth-2023',
  }),
  growth('iva-growth-2022', 'industry', '规模工业增加值增速', 7.3, '分别增长17%、7.3%', { headline: true }),
  growth('fai-growth-2022', 'projects', '固定资产投资增速', 17, '分别增长17%', { headline: true }),
  growth('retail-growth-2022', 'industry', '社会消费品零售总额增速', 2.4, '分别增长5%、2.4%', {
    headline: true,
  }),
  growth('revenue-growth-2022', 'economy', '地方一般公共预算收入增速', 7.92, '增长7.92%', { headline: true }),
  growth('income-growth-2022', 'economy', '居民人均可支配收入增速', 6.9, '增长6.9%', { headline: true }),
  growth('gdp-growth-2023', 'economy', '地区生产总值增速', 7.5, '地区生产总值增长7.5%左右', {
    ...about,
    headline: true,
  }),
  growth('iva-growth-2023', 'economy', '规模工业增加值增速', 8.5, '规模工业增加值增长8.5%左右', {
    ...about,
    headline: true,
    pairId: 'iva-growth-2022',
  }),
  growth('fai-growth-2023', 'economy', '固定资产投资增速', 9.5, '固定资产投资增长9.5%', {
    headline: true,
    pairId: 'fai-growth-2022',
  }),
  growth('retail-growth-2023', 'economy', '社会消费品零售总额增速', 8, '社会消费品零售总额增长8%左右', {
    ...about,
    headline: true,
    pairId: 'retail-growth-2022',
  }),
  growth('revenue-growth-2023', 'economy', '地方一般公共预算收入增速', 6, '地方一般公共预算收入增长6%', {
    headline: true,
    pairId: 'revenue-growth-2022',
  }),
  growth(
    'income-growth-2023',
    'economy',
    '全体居民人均可支配收入增速',
    7.5,
    '全体居民人均可支配收入增长7.5%左右',
    {
      ...about,
      headline: true,
      pairId: 'income-growth-2022',
    },
  ),
]

export const sectorIndicators: Indicator[] = [
  indicator({
    id: 'farmland-2022',
    sector: 'rural',
    name: '新建高标准农田',
    value: 8.24,
    unit: '万亩',
    measure: 'level',
    quote: '新建高标准农田8.24万亩',
    pairId: 'farmland-2023',
  }),
  indicator({
    id: 'farmland-2023',
    sector: 'rural',
    name: '新建高标准农田',
    value: 4.6,
    unit: '万亩',
    measure: 'level',
    quote: '新建高标准农田4.6万亩',
    pairId: 'farmland-2022',
  }),
  indicator({
    id: 'firms-2023',
    sector: 'industry',
    name: '新增规模工业企业',
    value: 15,
    unit: '家',
    measure: 'count',
    quote: '新增规模工业企业15家以上',
    comparator: 'at_least',
    qualifier: '以上',
  }),
  indicator({
    id: 'jobless-2022',
    sector: 'livelihood',
    name: '城镇登记失业率',
    value: 3.03,
    unit: '%',
    measure: 'share_pct',
    quote: '城镇登记失业率控制在3.03%',
    comparator: 'at_most',
    qualifier: '控制在',
    direction: 'lower_is_better',
    pairId: 'jobless-2023',
  }),
  indicator({
    id: 'jobless-2023',
    sector: 'livelihood',
    name: '城镇调查失业率',
    value: 5.6,
    unit: '%',
    measure: 'share_pct',
    quote: '城镇调查失业率控制在5.6%以内',
    comparator: 'at_most',
    qualifier: '以内',
    direction: 'lower_is_better',
  }),
  indicator({
    id: 'patents-2022',
    sector: 'reform',
    name: '新增发明专利',
    value: 40,
    unit: '件',
    measure: 'count',
    quote: '新增发明专利40件',
  }),
]

export const fixtureTasks: Task[] = [
  {
    id: 'task-nev-park',
    sector: 'industry',
    name: '加快新能源汽车产业园建设',
    quote: '加快新能源汽车产业园',
  },
  { id: 'task-5g', sector: 'urban', name: '新建５Ｇ基站', quote: '新建５Ｇ基站' },
  { id: 'task-water', sector: 'rural', name: '建成湘江引水工程', quote: '建成湘江引水工程' },
]

/** The bundled dataset, for tests of facts the report itself fixes (the six headline targets) */
export const realDataset = (): Dataset => parseDataset(seed)

export function fixtureDataset(): Dataset {
  return parseDataset({
    ...seed,
    indicators: [...headlineIndicators, ...sectorIndicators],
    tasks: fixtureTasks,
  })
}
