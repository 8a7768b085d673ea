// 操作未完成时的提示: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhUnexpectedError = {
  title: '刚才的操作没有完成',
  hint: '看板遇到意外错误。已保存的记录不受影响；请检查刚才填写或选择的内容后重试，如反复出现请重新加载页面。',
  detail: '错误信息：',
  dismiss: '关闭提示',
} as const
