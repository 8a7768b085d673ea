// 报告原文: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhPassage = {
  loading: '正在加载报告原文…',
  loadFailed: '报告原文加载失败，请重新加载页面。',
  unknown: (id: string) => `没有编号为“${id}”的指标或任务，无法显示原文。`,
  quoteMissing: '在报告原文中没有找到这句引文：',
  previous: '上一段',
  next: '下一段',
  backToQuote: '回到引文所在段落',
  position: (n: number, total: number) => `第 ${n} 段，共 ${total} 段`,
} as const
