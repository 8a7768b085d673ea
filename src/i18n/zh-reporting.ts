// 报送情况: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhReporting = {
  state: { reported: '已报', missing: '未报送', late: '逾期报送' },
  month: (month: number) => `${month}月`,
  notDue: '本期尚无应报期次',
  settled: (status: string) => `${status}，不再催报`,
  heading: (frequency: string) => `报送情况（${frequency}）`,
  historyLabel: (name: string) => `${name}报送情况`,
} as const
