// The source of truth for UI text: Chinese first. Figures quoted from the report never come from here.
export const zh = {
  appTitle: '祁东县2023年政府工作报告 目标看板',
  appShortTitle: '祁东目标看板',
  loading: '正在加载数据…',
  datasetInvalidTitle: '数据集格式有误，看板无法显示',
  datasetInvalidHint: '请按以下提示修正数据文件后重新加载：',
  loadFailedTitle: '数据加载失败',
  crashTitle: '页面出现错误',
  crashHint: '看板遇到意外错误，已停止显示。您录入的数据保存在本机浏览器中，不会因此丢失。',
  reload: '重新加载',
  source: '来源：祁东县2023年政府工作报告',
} as const
