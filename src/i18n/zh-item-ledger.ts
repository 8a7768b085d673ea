// 领导批示与台账记录: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhItemLedger = {
  instructions: '领导批示',
  noInstructions: '暂无批示。',
  instructionField: '批示内容',
  instructionEmpty: '请先填写批示内容',
  addInstruction: '添加批示',
  instructionFailed: (reason: string) => `未能添加批示：${reason}`,
  timeline: '台账记录',
  noEvents: '暂无变更记录。',
  loading: '正在读取台账记录…',
  kinds: {
    'entry.created': '录入',
    'entry.updated': '修改',
    'entry.deleted': '删除',
    'entry.reviewed': '审核',
    'assignment.updated': '任务分解',
    'unit.renamed': '单位改名',
    'comment.added': '批示',
  } as Record<string, string>,
  none: '（无）',
} as const
