import { startStaticHost } from './scripts/static-host'
import { launchChromium } from './scripts/browser'
const server = await startStaticHost('.vitepress/dist', 4191)
const b = await launchChromium()
const p = await b.newPage()
p.on('pageerror', (e) => console.log('pageerror', e.message))
await p.goto('http://127.0.0.1:4191/typescript')
async function runIn(lang: string, code: string, wait = 8000) {
  const r = p.locator(`[data-testid="runner"][data-lang="${lang}"]`).first()
  await r.hover()
  const c = r.locator('.cm-content')
  await c.waitFor()
  await c.click(); await p.keyboard.press('ControlOrMeta+A'); await p.keyboard.press('Delete')
  await c.fill(code)
  await r.getByTestId('run').click()
  await p.waitForFunction((el) => ['done','error','stopped'].includes(el!.getAttribute('data-state')!), await r.elementHandle(), { timeout: wait }).catch(() => console.log('timeout'))
  console.log(lang, await r.getAttribute('data-state'), JSON.stringify(await r.getByTestId('output').innerText()).slice(0, 600))
}
await runIn('python', `import js
for name, probe in [("fetch other site", lambda: js.fetch("https://example.com")), ("fetch own page", lambda: js.fetch("/aiter"))]:
    try:
        import asyncio
        r = await probe()
        print(name, "status", r.status)
    except Exception as e:
        print(name, "blocked:", type(e).__name__)
try:
    js.indexedDB.open("x")
    print("idb open")
except Exception as e:
    print("idb blocked", type(e).__name__)
print(hasattr(js, "document"), hasattr(js, "localStorage"))
`)
await runIn('typescript', `for (const url of ["https://example.com", "/aiter", "/pyodide/pyodide-lock.json"]) {
  try { const r = await fetch(url); console.log(url, r.status) } catch (e) { console.log(url, "blocked", (e as Error).name) }
}
try { indexedDB.open("x"); console.log("idb opened") } catch (e) { console.log("idb blocked", (e as Error).name) }
try { await caches.open("x"); console.log("caches opened") } catch (e) { console.log("caches blocked", (e as Error).name) }
console.log(typeof document, typeof localStorage, typeof alert)
try { await import("/assets/app.js"); console.log("import ok") } catch (e) { console.log("import blocked", (e as Error).name) }
`)
await runIn('typescript', `const a: number[][] = []; while (true) a.push(new Array(1e6).fill(1))`, 40000)
await b.close(); server.close()
