// Serves the built site as GitHub Pages does: clean URLs, 404.html for unknown paths, CORS open.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import { siteBase } from '../.vitepress/config/base'

export function startStaticHost(dir: string, port: number, base = '/'): Promise<Server> {
  const files = sirv(dir, {
    extensions: ['html'],
    dev: false,
    etag: true,
    // GitHub Pages sends this on every file; the sandboxed runner fetches the runtime cross-origin.
    setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
  })
  const notFound = readFileSync(join(dir, '404.html'))
  const sendNotFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
    res.end(notFound)
  }
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    // As GitHub Pages does, the base without its trailing slash redirects to it.
    if (url === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { Location: base })
      return res.end()
    }
    if (!url.startsWith(base)) return sendNotFound(res)
    req.url = '/' + url.slice(base.length)
    files(req, res, () => sendNotFound(res))
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173)
  const base = siteBase(process.env.SITE_BASE)
  await startStaticHost('.vitepress/dist', port, base)
  console.log(`Serving .vitepress/dist at http://127.0.0.1:${port}${base}`)
}
