import { describe, expect, it } from 'vitest'
import { buildVersion, serviceWorkerSource } from '../../build/sw-source'
import { precacheList, previewRouter, preloadsFor } from '../../build/offline-plugin'
import { fillTemplate, STATIC_NOSCRIPT } from '../../build/prerender'

describe('precache list', () => {
  it('keeps the app, content and export chunks and leaves out jsPDF extras and bookkeeping', () => {
    const files = [
      'index.html',
      'app.html',
      'help/index.html',
      'assets/app-1.js',
      'assets/content-results-2.js',
      'assets/render-pdf-3.js',
      'assets/html2canvas-4.js',
      'assets/purify.es-5.js',
      'assets/index.es-6.js',
      '.vite/manifest.json',
      'sw.js',
      '_headers',
      '_redirects',
    ]
    expect(precacheList(files)).toEqual([
      '/index.html',
      '/app.html',
      '/help/index.html',
      '/assets/app-1.js',
      '/assets/content-results-2.js',
      '/assets/render-pdf-3.js',
    ])
  })
})

describe('build version', () => {
  it('changes when any file changes and not when the order does', () => {
    const a = { url: '/a.js', body: 'one' }
    const b = { url: '/b.js', body: 'two' }
    expect(buildVersion([a, b])).toBe(buildVersion([b, a]))
    expect(buildVersion([a, { ...b, body: 'three' }])).not.toBe(buildVersion([a, b]))
  })
})

describe('service worker source', () => {
  const source = serviceWorkerSource({
    files: ['/b.js', '/a.js'],
    pages: { '/': '/index.html', '/help': '/help/index.html' },
    shell: '/app.html',
    version: 'v1',
  })
  it('names its cache after the build and lists the files in order', () => {
    expect(source).toContain('const CACHE = "library-self-assessment-v1"')
    expect(source).toContain('const PRECACHE = ["/a.js","/b.js"]')
  })
  it('waits for the user before taking over: skipWaiting only on their message', () => {
    expect(source.match(/skipWaiting\(\)/g)).toHaveLength(1)
    expect(source).toContain("if (event.data === 'skip-waiting') self.skipWaiting()")
  })
  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow()
  })
})

describe('shell preloads', () => {
  it('preloads the chunks of the question page that the entry does not already load', () => {
    const bundle = {
      'index.js': { type: 'chunk' as const, fileName: 'index.js', isEntry: true, imports: ['app.js'], moduleIds: [] },
      'app.js': { type: 'chunk' as const, fileName: 'app.js', imports: [], moduleIds: ['/src/App.vue'] },
      'journey.js': { type: 'chunk' as const, fileName: 'journey.js', imports: ['app.js', 'runtime.js'], moduleIds: ['/p/src/pages/QuestionPage.vue'] },
      'runtime.js': { type: 'chunk' as const, fileName: 'runtime.js', imports: [], moduleIds: [] },
      'results.js': { type: 'chunk' as const, fileName: 'results.js', imports: ['app.js'], moduleIds: ['/p/src/pages/ResultsPage.vue'] },
    }
    expect(preloadsFor(bundle, /\/src\/pages\/QuestionPage\.vue$/)).toEqual(['journey.js', 'runtime.js'])
  })
})

describe('preview routing', () => {
  const route = (url: string) => {
    const req = { url, method: 'GET' } as { url: string; method: string }
    previewRouter('/nonexistent-dist')(req as never, {} as never, () => undefined)
    return req.url
  }
  it('serves the prerendered pages, files as they are, and the shell for app routes', () => {
    expect(route('/')).toBe('/index.html')
    expect(route('/help')).toBe('/help/index.html')
    expect(route('/help/')).toBe('/help/index.html')
    expect(route('/results')).toBe('/results/index.html')
    expect(route('/assets/app-1.js')).toBe('/assets/app-1.js')
    expect(route('/themes/duty/duty-understood?return=check')).toBe('/app.html?return=check')
  })
})

describe('prerendered page', () => {
  const template =
    '<html><head><title>Library service self-assessment</title></head><body><noscript><h1>Needs JavaScript</h1></noscript><div id="app"></div></body></html>'
  it('puts the markup, the page title and the static no-JavaScript note into the template', () => {
    const html = fillTemplate(template, { html: '<header></header><main class="m" id="main-content"><h1>Help</h1></main>', title: 'Help' })
    expect(html).toContain('<title>Help – Library service self-assessment</title>')
    expect(html).toContain(`<div id="app" data-prerendered><header></header><main class="m" id="main-content">${STATIC_NOSCRIPT}<h1>Help</h1></main></div>`)
    expect(html).not.toContain('Needs JavaScript')
  })
  it('refuses a template without an empty app element', () => {
    expect(() => fillTemplate('<div id="app">x</div>', { html: '', title: '' })).toThrow(/no empty/)
  })
})
