// 审核: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhReview = {
  status: { pending: '待审核', approved: '已通过', returned: '已退回' },
  reasonShown: (reason: string) => `退回理由：${reason}`,
  approve: '通过',
  return: '退回',
  reason: '退回理由',
  confirmReturn: '确认退回',
  reasonRequired: '退回须写明理由，填报单位会看到这条理由。',
  failed: (reason: string) => `未能审核：${reason}`,
} as const
