// 未报送催报: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhChase = {
  title: '未报送',
  lead: (month: number, due: string) => `本期 2023年${month}月 · 报送截止日 ${due} · 按牵头单位列出`,
  none: '本期应报事项均已报送。',
  allUnassigned: (n: number) =>
    `本期应报未报${n}项，均尚未明确牵头单位，无责任单位可催报。请在“任务分解”中分解到单位。`,
  unit: (unit: string, n: number) => `${unit}（${n}项）`,
  item: (name: string, month: number) => `${name}（${month === 1 ? '1月' : `1—${month}月`}）`,
  unassigned: (n: number) => `另有${n}项未报送事项尚未明确牵头单位，请在“任务分解”中分解到单位。`,
  lateTitle: '逾期报送',
  copy: '复制催报通知',
  copied: '已复制，可粘贴到工作群',
  manual: '浏览器不允许网页写入剪贴板。催报通知已选中，请按 Ctrl+C（苹果电脑 ⌘+C）复制：',
} as const
