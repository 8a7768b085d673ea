import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

// Build time only (vite.config.ts): a .br and a .gz beside every text file of the build, compressed once at high
// levels, so the server (@fastify/static preCompressed) and static hosts (nginx gzip_static / brotli_static) send
// them as they are instead of compressing on every request.

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 1024
// Brotli's top quality takes seconds on the largest lazy chunks (exceljs) for a few per cent: those get quality 9.
const MAX_QUALITY_BYTES = 256 * 1024
const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** Every compressible file under dir (recursively) gets name.br and name.gz; returns the files compressed */
export async function precompress(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
  // In parallel: zlib runs on libuv's thread pool.
  const done = await Promise.all(
    files.map(async (path) => {
      const body = await readFile(path)
      if (body.length < MIN_BYTES) return null
      const quality = body.length > MAX_QUALITY_BYTES ? 9 : constants.BROTLI_MAX_QUALITY
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      }
      const [br, gzipped] = await Promise.all([brotli(body, { params }), gz(body, { level: 9 })])
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)])
      return relative(dir, path)
    }),
  )
  return done.filter((f) => f !== null)
}

// After every file is written (the service worker, written in closeBundle, included): a .br and a .gz beside each.
export function precompressed(): Plugin {
  let outDir = 'dist'
  return {
    name: 'qidong:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompress(outDir)
      },
    },
  }
}
