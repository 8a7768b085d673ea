import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// PGlite is one process's database: a second server on the same DATA_DIR would corrupt it, so it is refused.

export class DataDirBusy extends Error {
  constructor(readonly pid: number) {
    super(`数据目录正被另一个进程（PID ${pid}）使用`)
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes DATA_DIR/server.pid, or throws DataDirBusy; a lock left by a killed process is taken over */
export function holdDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, 'server.pid')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return () => {
        rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number(readFileSync(file, 'utf8'))
      if (pid && pid !== process.pid && alive(pid)) throw new DataDirBusy(pid)
      rmSync(file, { force: true })
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`)
}

export function lockHolder(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'server.pid'), 'utf8'))
    return pid && alive(pid) ? pid : undefined
  } catch {
    return undefined
  }
}
