// 进度监测: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
// What the first screen shows of it stays in zh.monitor.
export const zhMonitor = {
  title: '2023年目标进度监测',
  intro: '为每项2023年目标和重点任务录入进度，状态按统一规则自动判定。',
  storedIn: {
    browser: '数据只保存在本机浏览器中。',
    server: '数据保存在本单位的共享服务器上：各单位的记录经督查室审核后计入通报，每次修改都记入台账记录。',
  },
  dueDay: '报送截止日',
  dueDayOption: (day: number) => `每月${day}日`,
  tolerance: '序时进度容差（百分点）',
  toleranceHint: '累计类目标的完成率与序时进度相差不超过此值视为达进度',
  toleranceInvalid: '容差应为 0 至 30 之间的数字',
  settingsByOffice: '报送截止日和序时进度容差由督查室统一设置。',
  settingsOnPaper: (month: number, dueDay: number, tolerance: number) =>
    `本期 2023年${month}月 · 报送截止日 每月${dueDay}日 · 序时进度容差 ${tolerance}个百分点`,
  targetsHeading: '目标',
  tasksHeading: '重点任务',
  target: '目标',
  noEntry: '尚未录入',
  recordButton: '录入进度',
  openEntries: (name: string) => `录入进度：${name}`,
  viewButton: '查看记录',
  viewEntries: (name: string) => `查看记录：${name}`,
  emptyFiltered: '没有符合筛选条件的目标或任务。',
} as const
