import { z } from 'zod'
import { addUser, changeUser } from './accounts'
import type { Store } from './db/database'
import { dumpDatabase, parseDump, restoreDatabase } from './db/dump'
import { createUnit } from './db/responsibility'
import { listUsers, type UserView } from './db/users'
import { ApiError } from './errors'

// The operations commands, run either in the CLI process or (PGlite held by a running server) inside the server.

export type CommandResult = { code: number; stdout: string; stderr: string }

export const USAGE = `用法：
  npm run user -- add <账号> --role admin|reporter|leader [--unit <单位名>] [--name <姓名>] --password-stdin
  npm run user -- passwd <账号> --password-stdin
  npm run user -- name <账号> <姓名>   （台账记录中显示为“姓名（单位）”；未设姓名时显示账号）
  npm run user -- disable <账号>     （停用并立即退出其所有登录）
  npm run user -- enable <账号>
  npm run user -- list
  npm run backup [-- <文件>]         （默认 var/backups/ 下按时间命名）
  npm run restore <文件>             （先自动备份当前数据，再整体替换）`

const ROLE_LABEL = { admin: '督查室', reporter: '填报员', leader: '领导' } as const
const roleSchema = z.enum(['admin', 'reporter', 'leader'])

/** `--role admin x --unit 县统计局` → { role: 'admin', unit: '县统计局' }, positional ['x'] */
export function parseArgs(args: readonly string[]) {
  const flags: Record<string, string | true> = {}
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (!a.startsWith('--')) positional.push(a)
    else if (a === '--password-stdin') flags['password-stdin'] = true
    else flags[a.slice(2)] = args[++i] ?? ''
  }
  return { flags, positional }
}

/** Changes made from the command line are recorded as by `cli` */
const CLI_ACTOR: UserView = {
  id: 0,
  login: 'cli',
  name: '命令行',
  role: 'admin',
  unit: null,
  disabled: false,
}

const ok = (stdout: string): CommandResult => ({ code: 0, stdout, stderr: '' })
const fail = (stderr: string, code = 1): CommandResult => ({ code, stdout: '', stderr })

export async function runCommand(
  store: Store,
  args: readonly string[],
  stdin: string,
): Promise<CommandResult> {
  const [command, sub, ...rest] = args
  try {
    if (command === 'user') return await user(store, sub, rest, stdin)
    if (command === 'backup') return ok(JSON.stringify(await dumpDatabase(store.db, store.engine)))
    if (command === 'restore') {
      const summary = await restoreDatabase(store.db, parseDump(JSON.parse(stdin)))
      return ok(
        `已恢复：${Object.entries(summary)
          .map(([t, n]) => `${t} ${n}`)
          .join('，')}\n`,
      )
    }
    return fail(USAGE, 2)
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n`)
  }
}

function password(flags: Record<string, string | true>, stdin: string): string {
  if (!flags['password-stdin'])
    throw new ApiError(400, 'usage', '请用 --password-stdin 从标准输入提供密码（不要写在命令行上）')
  return stdin.replace(/\r?\n$/, '')
}

async function user(
  store: Store,
  sub: string | undefined,
  args: string[],
  stdin: string,
): Promise<CommandResult> {
  const { flags, positional } = parseArgs(args)
  const login = positional[0]
  const db = store.db
  if (sub === 'list') {
    const rows = (await listUsers(db)).map((u) =>
      [
        u.login,
        u.name === u.login ? '—' : u.name,
        ROLE_LABEL[u.role],
        u.unit ?? '—',
        u.disabled ? '已停用' : '正常',
      ].join('\t'),
    )
    return ok(['账号\t姓名\t角色\t单位\t状态', ...rows].join('\n') + '\n')
  }
  if (!login) return fail(USAGE, 2)
  if (sub === 'add') {
    const role = roleSchema.safeParse(flags.role)
    if (!role.success) return fail('--role 应为 admin（督查室）、reporter（填报员）或 leader（领导）\n', 2)
    const unit = typeof flags.unit === 'string' ? flags.unit : undefined
    const name = typeof flags.name === 'string' ? flags.name : undefined
    if (
      unit &&
      role.data === 'reporter' &&
      !(await db.selectFrom('units').select('name').where('name', '=', unit).executeTakeFirst())
    )
      await createUnit(db, CLI_ACTOR, { name: unit, kind: 'county' })
    const u = await addUser(
      db,
      { login, role: role.data, unit, name, password: password(flags, stdin) },
      'cli',
    )
    return ok(`已创建账号 ${u.login}（${ROLE_LABEL[u.role]}${u.unit ? `，${u.unit}` : ''}）\n`)
  }
  if (sub === 'passwd') {
    await changeUser(db, login, { password: password(flags, stdin) }, 'cli')
    return ok(`已重设 ${login} 的密码，其已有登录均已退出\n`)
  }
  if (sub === 'name') {
    const name = positional[1]?.trim()
    if (!name || name.length > 40)
      return fail('请给出姓名（1至40个字）：npm run user -- name <账号> <姓名>\n', 2)
    await changeUser(db, login, { name }, 'cli')
    return ok(`已将 ${login} 的姓名设为 ${name}\n`)
  }
  if (sub === 'disable' || sub === 'enable') {
    await changeUser(db, login, { disabled: sub === 'disable' }, 'cli')
    return ok(sub === 'disable' ? `已停用 ${login}\n` : `已启用 ${login}\n`)
  }
  return fail(USAGE, 2)
}
