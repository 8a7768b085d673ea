// Every error the API answers is JSON with a stable `code` for programs and a Chinese `message` for people.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export const unauthenticated = () => new ApiError(401, 'unauthenticated', '请先登录')
export const forbidden = (message = '没有权限进行此操作') => new ApiError(403, 'forbidden', message)
export const notFound = (what: string) => new ApiError(404, 'not_found', `找不到${what}`)
