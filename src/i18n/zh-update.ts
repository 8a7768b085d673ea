// 新版本提示: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhUpdate = {
  title: '有新版本',
  hint: '：看板已更新，刷新后使用新版本（已保存的记录不受影响）。',
  apply: '刷新使用新版本',
} as const
