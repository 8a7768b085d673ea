// 导入与导出（进度记录的 JSON、CSV、Excel 导入导出）: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhExchange = {
  title: '导入与导出',
  intro:
    '导出全部进度记录用于备份或交换；也可下载填报模板，在 Excel 或 WPS 中填写后导入。导入前会先列出将新增和修改的记录，确认后才生效。',
  introServer:
    '导出共享服务器上的全部进度记录，用于存档或交换（服务器上的数据由系统管理员统一备份）；也可下载填报模板，在 Excel 或 WPS 中填写后导入。导入前会先列出将新增和修改的记录，确认后才生效。',
  exportJson: '导出 JSON（完整备份）',
  exportCsv: '导出 CSV（表格）',
  template: '下载 CSV 填报模板',
  importFile: '导入文件',
  importHint: '导入文件可以是 JSON、CSV 或 Excel（.xlsx）填报表。',
  importByOffice:
    '导入由督查室统一进行：填好的填报表请发送督查室导入；本单位的事项也可在下方逐项“录入进度”，保存后待督查室审核。',
  reading: '正在读取文件…',
  jsonFile: '祁东目标看板_进度记录',
  csvFile: '祁东目标看板_进度记录',
  templateFile: '祁东目标看板_2023年目标任务进度填报模板',
  kindIndicator: '指标',
  kindTask: '任务',
  where: {
    file: '文件',
    row: (n: number) => `第 ${n} 行`,
    record: (n: number, id?: string) => `第 ${n} 条记录${id ? `（编号 ${id}）` : ''}`,
    settings: '设置',
    responsibility: '单位名录与任务分解',
  },
  problem: {
    notJsonOrCsv: (name: string) =>
      `“${name}”不是 JSON、CSV 或 Excel 文件：只能导入扩展名为 .json、.csv 或 .xlsx 的文件${/\.(xls|et)$/i.test(name) ? '（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）' : ''}`,
    notXlsx: (name: string) =>
      `“${name}”不是有效的 Excel 文件（.xlsx），可能已损坏或只是改了扩展名。请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入`,
    xlsxEncrypted: (name: string) =>
      `“${name}”设有打开密码或是旧版 .xls 格式，无法读取。请取消密码（或另存为 .xlsx）后再导入`,
    xlsxEmpty: 'Excel 文件中没有工作表',
    fileIs: {
      xlsx: (name: string) =>
        `“${name}”实际是 Excel 工作簿（.xlsx），不是 CSV 或 JSON：请把文件扩展名改回 .xlsx 后直接导入。`,
      xls: (name: string) =>
        `“${name}”实际是旧版 Excel 工作簿（.xls），无法读取。请在 Excel 或 WPS 中打开后另存为 .xlsx（或“CSV UTF-8（逗号分隔）”）再导入。`,
      pdf: (name: string) =>
        `“${name}”实际是 PDF 文件，无法从中读取进度记录。请导入本看板导出的 JSON 或填写好的 CSV 模板。`,
      utf16: (name: string) =>
        `“${name}”是 UTF-16（Unicode）编码的文本，本看板只读 UTF-8。请在 Excel 中“另存为”选“CSV UTF-8（逗号分隔）”（不要选“Unicode 文本”），WPS 选编码“UTF-8”，再导入。`,
      binary: (name: string) =>
        `“${name}”不是文本文件（内容是二进制数据，可能是图片、压缩包或其他程序的文件），无法读取。请导入本看板导出的 JSON 或填写好的 CSV 模板。`,
    },
    versionInvalid: (v: string) =>
      `文件格式版本“${v}”无效：应为 1 这样的正整数。文件可能被手工改动过，请重新从看板导出。`,
    tooLarge: (size: string, limit: string) => `文件过大（${size}），导入文件不能超过 ${limit}`,
    empty: '文件是空的',
    unreadable: '无法读取该文件（可能已被移动或删除），请重新选择',
    notUtf8: (row: number) =>
      `第 ${row} 行起有无法识别的字符，文件可能是 GBK（ANSI）编码。请另存为 UTF-8 编码后再导入：Excel 选“CSV UTF-8（逗号分隔）”，WPS 选编码“UTF-8”。`,
    badJson: (line?: number) => `不是有效的 JSON${line ? `：第 ${line} 行附近有语法错误` : ''}`,
    notExchangeJson:
      '不是本看板导出的进度记录文件（缺少 "format": "qidong-targets-progress" 和 entries 列表）',
    newerVersion: (v: number) => `文件格式版本为 ${v}，来自更新版本的看板，本版本只能读取版本 1`,
    field: (field: string, message: string) => `${field}：${message}`,
    unknownTarget: (id: string) =>
      `目标编号“${id}”不是2023年的目标或重点任务，请核对（可下载填报模板查看全部编号）`,
    targetRequired: '未填写目标编号',
    valueForTask: '该项是重点任务，请填写任务状态，数值留空',
    statusForIndicator: '该项是指标，请填写数值，任务状态留空',
    wrongType: (kind: string) => `该项是${kind}，记录类型（type）不符`,
    duplicateId: (id: string, other: string) => `记录编号“${id}”与${other}重复`,
    duplicateMonth: (other: string) => `与${other}是同一目标、同一月份的记录，请只保留一行`,
    unknownColumn: (name: string) => `无法识别的列“${name}”（列名须与模板一致）`,
    duplicateColumn: (name: string) => `列“${name}”出现了两次`,
    missingColumn: (name: string) => `缺少“${name}”列（请使用下载的模板）`,
    extraCells: '本行的列数多于表头',
    monthInvalid: (raw: string) => `截至月份“${raw}”无效，应为2023年内的月份，如 2023-06`,
    monthRequired: '已填写数值或状态，但未填写截至月份',
    basisInvalid: (raw: string) => `口径“${raw}”无效，应为“预计”或“正式”`,
    taskStatusInvalid: (raw: string) => `任务状态“${raw}”无效，应为“未开始”“推进中”或“已完成”`,
    recordedAtInvalid: (raw: string) =>
      `录入时间“${raw}”无效，应为导出文件中的格式（如 2023-06-30T08:00:00.000Z），或留空`,
    idTooLong: '记录编号不能超过64个字符',
    tooManyEntries: (max: number) => `记录过多：一个文件最多 ${max} 条`,
  },
  refused: (name: string) => `未导入“${name}”，现有记录保持不变。请修正以下问题后重新导入：`,
  moreProblems: (n: number) => `……另有 ${n} 处问题`,
  previewTitle: (name: string) => `导入预览：${name}`,
  previewSummary: (added: number, changed: number, unchanged: number) =>
    `将新增 ${added} 条、修改 ${changed} 条记录，${unchanged} 条与现有记录相同`,
  skipped: (n: number) => `另有 ${n} 行未填写，已跳过。`,
  moreRows: (shown: number, total: number) =>
    `此处列出前 ${shown} 条，其余 ${total - shown} 条未列出，确认导入时一并导入。`,
  nothingNew: '文件中没有新的或改动的记录，无需导入。',
  restoreTitle: '同时恢复的设置与单位名录',
  restoreTolerance: (before: number, after: number) => `序时进度容差：${before} → ${after} 个百分点`,
  restoreDueDay: (before: number, after: number) => `报送截止日：每月${before}日 → 每月${after}日`,
  restoreUnits: (names: string) => `单位名录新增：${names}`,
  restoreLeaders: (names: string) => `责任领导新增：${names}`,
  restoreAssignments: (added: number, replaced: number) =>
    `任务分解：新增 ${added} 项${replaced ? `，按文件更新 ${replaced} 项` : ''}`,
  added: '新增',
  changed: '修改',
  before: '原记录',
  after: '导入后',
  target: '目标或任务',
  asOf: '截至',
  content: '内容',
  note: (text: string) => `备注：${text}`,
  source: (text: string) => `来源：${text}`,
  confirm: '确认导入',
  cancel: '取消',
  imported: (added: number, changed: number) => `已导入：新增 ${added} 条，修改 ${changed} 条。`,
  cancelled: '已取消导入，现有记录未改变。',
  dismiss: '知道了',
} as const
