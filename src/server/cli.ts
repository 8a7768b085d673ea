import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runCommand, USAGE, type CommandResult } from './commands'
import { openStore, storeOptionsFromEnv } from './db/database'
import { holdDataDir, lockHolder } from './data-dir-lock'

// `npm run user|backup|restore`: opens the database itself, or asks the running server when it holds PGlite.

const env = process.env
const dataDir = env.DATA_DIR ?? 'var'
const [command, ...args] = process.argv.slice(2)

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('请输入密码后回车，再按 Ctrl+D：\n')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function run(argv: string[], stdin: string): Promise<CommandResult> {
  const options = storeOptionsFromEnv(env)
  if (options.engine === 'pglite' && lockHolder(dataDir)) return viaServer(argv, stdin)
  const release = options.engine === 'pglite' ? holdDataDir(dataDir) : () => undefined
  try {
    const store = await openStore(options)
    try {
      return await runCommand(store, argv, stdin)
    } finally {
      await store.close()
    }
  } finally {
    release()
  }
}

// The running server answers on loopback to whoever can read its token file, i.e. this machine's operator.
async function viaServer(argv: string[], stdin: string): Promise<CommandResult> {
  const { host, port, token } = JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8')) as {
    host: string
    port: number
    token: string
  }
  const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  const res = await fetch(`http://${loopback}:${port}/api/local/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-token': token },
    body: JSON.stringify({ args: argv, stdin }),
  })
  if (!res.ok) return { code: 1, stdout: '', stderr: `服务器拒绝了命令（HTTP ${res.status}）\n` }
  return (await res.json()) as CommandResult
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

function writeBackup(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true })
  // The dump holds password hashes: readable by the operator only.
  writeFileSync(file, text, { mode: 0o600 })
  chmodSync(file, 0o600)
}

async function main(): Promise<number> {
  let result: CommandResult
  if (command === 'user') {
    const stdin = args.includes('--password-stdin') ? await readStdin() : ''
    result = await run(['user', ...args], stdin)
  } else if (command === 'backup') {
    result = await run(['backup'], '')
    if (result.code === 0) {
      const file = args[0] ?? join(dataDir, 'backups', `qidong-${stamp()}.json`)
      writeBackup(file, result.stdout)
      result = { ...result, stdout: `已备份到 ${file}\n` }
    }
  } else if (command === 'restore') {
    const file = args[0]
    if (!file) return (process.stderr.write(`${USAGE}\n`), 2)
    const text = readFileSync(file, 'utf8')
    const before = await run(['backup'], '')
    if (before.code !== 0) return (process.stderr.write(before.stderr), 1)
    const safety = join(dataDir, 'backups', `before-restore-${stamp()}.json`)
    writeBackup(safety, before.stdout)
    process.stdout.write(`恢复前的数据已备份到 ${safety}\n`)
    result = await run(['restore'], text)
  } else {
    result = { code: 2, stdout: '', stderr: `${USAGE}\n` }
  }
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  return result.code
}

process.exitCode = await main()
