// 共享服务器的出错提示: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhServer = {
  network: '无法连接服务器，请检查网络后重试',
  retryAfter: (minutes: number) => `（约${minutes}分钟后可再试）`,
  status: {
    unauthenticated: '登录已失效，请重新登录',
    forbidden: '没有权限进行此操作',
    not_found: '找不到这条记录，可能已被删除',
    conflict: '这条记录已被他人修改',
    rate_limited: '尝试次数过多，请稍后再试',
    server: '服务器出错，请稍后再试或联系督查室',
    invalid: '提交的内容不符合要求',
    storage_full: '',
    storage_blocked: '',
    read_only: '',
    network: '无法连接服务器，请检查网络后重试',
  } as Record<string, string>,
  notSupported: '服务器版本不支持此操作',
} as const
