import type { IssuedBulletin } from '@/monitoring/bulletin-snapshot'
import type { SupervisionNotice } from '@/monitoring/supervision'

// A small issued 通报 and 督办单 as the stores keep them, for the storage contract and the server's API tests.

export const issuedBulletin = (id: string, issue = 1): IssuedBulletin => ({
  id,
  header: {
    title: '关于2023年政府工作报告目标任务1—9月推进情况的通报',
    issue,
    issuer: '祁东县人民政府督查室',
    issuedOn: '2023-10-08',
    requirements: '请各责任单位加快推进。',
  },
  body: {
    period: '2023-09',
    month: 9,
    total: 1,
    counts: [{ status: 'behind', n: 1 }],
    overall: '欠进度1项',
    blocks: [],
    highlights: [],
    unreported: [{ unit: '县统计局', items: [{ no: 1, name: '地区生产总值' }] }],
    late: [],
    rows: [],
  },
  scope: '',
  issuedAt: '2023-10-08T02:00:00.000Z',
})

export const issuedNotice = (id: string, seq = 1): SupervisionNotice => ({
  id,
  seq,
  itemId: 'gdp-growth-2023',
  itemNo: 1,
  itemName: '地区生产总值',
  sentence: '地区生产总值增长7%左右',
  line: '地区生产总值（第1项）：增长5.1%，低于目标1.9个百分点',
  light: 'red',
  reasons: ['落后序时进度超过30个百分点'],
  unit: '县统计局',
  leader: '张三',
  problems: '',
  requirements: '请于反馈时限前报送整改措施。',
  dueOn: '2023-10-20',
  issuer: '祁东县人民政府督查室',
  issuedOn: '2023-10-08',
  period: '2023-09',
  issuedAt: '2023-10-08T03:00:00.000Z',
})
