// 本机存储出错时的提示: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhStorageIssue = {
  stores: {
    'qidong-targets.progress': '进度记录',
    'qidong-targets.monitor-settings': '监测设置',
    'qidong-targets.assignments': '任务分解',
    'qidong-targets.bulletins': '往期通报',
    'qidong-targets.supervisions': '督办单',
    'qidong-targets.bulletin-settings': '通报设置',
  } as Record<string, string>,
  unreadable: (what: string) =>
    `本机保存的${what}已损坏，无法读取。原数据已另行保存，看板从空白开始，其他功能不受影响。请下载原数据交技术人员核对。`,
  invalid_records: (what: string, n: number) =>
    `本机保存的${what}中有 ${n} 条无法识别，已另行保存；其余记录已正常载入。请下载这些记录核对后重新录入。`,
  newer_version: (what: string) =>
    `本机保存的${what}来自更新版本的看板，本版本无法读取。为免覆盖新版本的数据，本页的${what}暂为只读（不能保存修改），原数据未作任何改动。请关闭本页，改用新版本的看板。`,
  unreadable_not_kept: (what: string) =>
    `本机保存的${what}已损坏，无法读取；浏览器存储也无法另存原数据（空间已满或被禁止）。为免覆盖原数据，本页的${what}暂为只读（不能保存修改）。请先下载原数据，再清理浏览器存储。`,
  invalid_not_kept: (what: string, n: number) =>
    `本机保存的${what}中有 ${n} 条无法识别，浏览器存储也无法另存这些记录（空间已满或被禁止）。为免丢失，本页的${what}暂为只读（不能保存修改）。请先下载这些记录。`,
  migration_failed: (what: string, why: string) =>
    `本机保存的${what}未能迁移到浏览器的大容量存储（IndexedDB）：${why}。原数据仍在原处，未作任何改动，看板照常读取和保存；下次打开时会再试。`,
  legacy_copy: (what: string) =>
    `浏览器的旧存储（localStorage）中另有一份${what}，可能是旧版本的看板写入的，与当前数据不同。它已另行保存，可在“数据恢复”中下载核对。`,
  moveUnverified: '写入后读回的内容与原数据不一致',
  full: '浏览器存储空间已满',
  blocked: '浏览器禁止网页保存数据（可能是隐私模式或浏览器设置）',
  write_failed: (what: string) =>
    `无法写入浏览器存储（空间已满或被浏览器禁止），刚才对${what}的修改未能保存。请先下载备份，清理浏览器存储后再试。`,
  keptUnder: (key: string) => `原数据保存在浏览器存储的“${key}”中。`,
  download: '下载另存的数据',
  dismiss: '知道了',
  fileName: '祁东目标看板_无法读取的数据',
} as const
