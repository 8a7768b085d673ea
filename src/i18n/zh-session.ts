// 登录: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhSession = {
  title: '登录',
  intro: '本看板由县政府督查室统一部署，请使用督查室分配的账号登录后查看和填报。',
  login: '账号',
  password: '密码',
  submit: '登录',
  signingIn: '正在登录…',
  required: '请填写账号和密码',
  throttled:
    '为防止他人猜测密码，同一账号或同一电脑连续输错多次后会暂时禁止登录，请稍候再试；忘记密码请联系督查室重置。',
  signedInAs: (who: string) => `已登录：${who}`,
  signOut: '退出',
} as const
