// 录入记录: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhHistory = {
  heading: '录入记录',
  empty: '还没有录入记录。',
  edit: '编辑',
  delete: '删除',
  editLabel: (period: string) => `编辑 ${period} 的记录`,
  deleteLabel: (period: string) => `删除 ${period} 的记录`,
  recordedAt: (date: string) => `录入于 ${date}`,
  sourceLabel: '来源：',
  undo: '撤销',
  dismiss: '关闭提示',
  deleted: (name: string, period: string) => `已删除“${name}” ${period} 的记录。`,
  edited: (name: string, period: string) => `已修改“${name}” ${period} 的记录。`,
  undone: '已撤销。',
} as const
