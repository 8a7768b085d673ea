import type { IndexHtmlTransformContext, Plugin } from 'vite'
import type { OutputBundle } from 'rolldown'

// Tests call a plugin's hooks the way Vite does: a hook is either the function or { order, handler }.
type Hook<F> = F | { handler: F }
const handlerOf = <F>(hook: Hook<F> | undefined): F => {
  if (!hook) throw new Error('the plugin has no such hook')
  return typeof hook === 'object' && 'handler' in hook ? hook.handler : hook
}

type HtmlHandler = (html: string, ctx: IndexHtmlTransformContext) => unknown
export function runTransformIndexHtml(plugin: Plugin, html: string, bundle: OutputBundle = {}) {
  const handler = handlerOf(plugin.transformIndexHtml as Hook<HtmlHandler> | undefined)
  return handler.call({}, html, { path: '/index.html', filename: 'index.html', bundle })
}

type BundleHandler = (options: unknown, bundle: OutputBundle, isWrite: boolean) => unknown
export function runGenerateBundle(plugin: Plugin, bundle: OutputBundle) {
  return handlerOf(plugin.generateBundle as Hook<BundleHandler> | undefined).call({}, {}, bundle, true)
}

// The least of a Rollup output chunk or asset that the plugins read.
export const chunk = (fileName: string, facadeModuleId: string) =>
  ({ type: 'chunk', fileName, facadeModuleId }) as unknown as OutputBundle[string]
export const asset = (fileName: string, source: string) =>
  ({ type: 'asset', fileName, source }) as unknown as OutputBundle[string]
