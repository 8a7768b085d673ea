// 他人已修改同一记录时的选择: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhConflict = {
  title: '这条记录已被他人修改',
  intro: '您保存前，另一位用户已修改了这条记录。请比较两个版本，选择保留哪一个：',
  mine: '您的修改',
  theirs: '当前保存的版本',
  savedBy: (who: string) => `保存人：${who}`,
  keepMine: '用我的修改覆盖',
  keepTheirs: '采用当前版本',
} as const
