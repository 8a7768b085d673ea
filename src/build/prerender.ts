import { minifySync, runnerImport, type Plugin } from 'vite'
import { styleAttributesToClasses } from '../lib/style-classes.ts'
import { alias } from './alias.ts'

export interface PrerenderModule {
  prerender: () => string
  keepEarlyClicksScript: string
}

// src/app/prerender.tsx runs in Node through Vite's module runner, with the app's @/ alias.
async function loadPrerender(): Promise<PrerenderModule> {
  const { module } = await runnerImport<PrerenderModule>('/src/app/prerender.tsx', {
    configFile: false,
    resolve: { alias },
    logLevel: 'warn',
  })
  return module
}

// The dashboard's first view, rendered at build time into index.html (src/app/prerender.tsx): the headline figures
// paint with the page, before any script has run. A link to another view or 本期 drops it at once (inline script); what the
// user does before the app is live is done once it is (src/app/keep-early-clicks.ts).
export function prerender(load: () => Promise<PrerenderModule> = loadPrerender): Plugin {
  return {
    name: 'qidong:prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      const module = await load()
      const root = '<div id="root"></div>'
      if (!html.includes(root)) throw new Error(`index.html has no ${root} to prerender into`)
      // Another view, or another 本期 than the one counted here (data-period), would show wrong figures until the app
      // runs: the markup goes at once and the app draws the page the link asks for.
      const dropUnlessAsked = `{const r=document.getElementById('root'),p=new URLSearchParams(location.search).get('period');if(/[?&]view=/.test(location.search)||(p&&p!==r.querySelector('[data-period]')?.dataset.period))r.replaceChildren()}`
      // The early-clicks script is written to be read, with comments: the page gets it minified.
      const keep = minifySync('keep-early-clicks.js', module.keepEarlyClicksScript).code.replace(/;\s*$/, '')
      const script = `<script>${dropUnlessAsked};${keep}</script>`
      // style="…" attributes would need 'unsafe-inline' under the CSP: they become classes in a hashed <style>.
      const first = styleAttributesToClasses(module.prerender())
      return html
        .replace('</head>', `<style>${first.css}</style></head>`)
        .replace(root, `<div id="root">${first.html}</div>${script}`)
    },
  }
}
