// 报送情况: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhReporting = {
  state: { reported: '已报', missing: '未报送', late: '逾期报送' },
  /** A period as the cumulative figures name it: 9月 (月报); 一季度, 上半年, 前三季度, 全年 (季报, 半年报, 年报) */
  period: (month: number, frequency: 'monthly' | 'quarterly' | 'half-yearly' | 'yearly') =>
    frequency === 'monthly'
      ? `${month}月`
      : (({ 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' } as Record<number, string>)[month] ??
        `${month}月`),
  notDue: '本期尚无应报期次',
  settled: (status: string) => `${status}，不再催报`,
  heading: (frequency: string) => `报送情况（${frequency}）`,
  historyLabel: (name: string) => `${name}报送情况`,
} as const
