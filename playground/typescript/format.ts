// console.log's formatting, as Node prints the values programs usually log.

const maxDepth = 2
const breakLength = 72

function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')
  return escaped.includes("'") && !escaped.includes('"') ? `"${escaped}"` : `'${escaped.replace(/'/g, "\\'")}'`
}

function key(name: string | symbol): string {
  if (typeof name === 'symbol') return `[${String(name)}]`
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name)
}

/** Puts entries on one line when they fit, else one per line, indented. */
function wrap(open: string, entries: string[], close: string, indent: string): string {
  if (entries.length === 0) return `${open.trimEnd()}${close}`.replace(/\s+(?=[\]}])/, '')
  const line = `${open} ${entries.join(', ')} ${close}`
  if (line.length <= breakLength && !line.includes('\n')) return line
  return `${open}\n${entries.map((entry) => `${indent}  ${entry}`).join(',\n')}\n${indent}${close}`
}

function inspectValue(value: unknown, depth: number, seen: Set<object>, indent: string): string {
  switch (typeof value) {
    case 'string':
      return depth === 0 ? value : quote(value)
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'boolean':
      return String(value)
    case 'bigint':
      return `${value}n`
    case 'symbol':
      return value.toString()
    case 'undefined':
      return 'undefined'
    case 'function': {
      const source = Function.prototype.toString.call(value)
      if (source.startsWith('class')) return `[class ${value.name || '(anonymous)'}]`
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]'
    }
  }
  if (value === null) return 'null'
  const object = value as object
  if (seen.has(object)) return '[Circular *1]'
  if (object instanceof Error) return object.stack && object.stack.startsWith(`${object.name}`) ? `${object.name}: ${object.message}` : String(object)
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString()
  if (object instanceof RegExp) return String(object)
  if (object instanceof Promise) return 'Promise { <pending> }'
  if (depth > maxDepth) return Array.isArray(object) ? '[Array]' : `[${object.constructor?.name ?? 'Object'}]`
  seen.add(object)
  const inner = (item: unknown) => inspectValue(item, depth + 1, seen, `${indent}  `)
  try {
    if (Array.isArray(object)) {
      const items = object.map(inner)
      return wrap('[', items, ']', indent)
    }
    if (object instanceof Map) {
      const entries = [...object].map(([k, v]) => `${inner(k)} => ${inner(v)}`)
      return wrap(`Map(${object.size}) {`, entries, '}', indent)
    }
    if (object instanceof Set) return wrap(`Set(${object.size}) {`, [...object].map(inner), '}', indent)
    const name = object.constructor?.name
    const prefix = name && name !== 'Object' ? `${name} ` : Object.getPrototypeOf(object) === null ? '[Object: null prototype] ' : ''
    const entries = Reflect.ownKeys(object)
      .filter((k) => Object.prototype.propertyIsEnumerable.call(object, k))
      .map((k) => `${key(k)}: ${inner((object as Record<string | symbol, unknown>)[k])}`)
    return wrap(`${prefix}{`, entries, '}', indent)
  } finally {
    seen.delete(object)
  }
}

/** One value as console.log shows it inside other output: strings quoted, objects expanded. */
function inspect(value: unknown): string {
  return inspectValue(value, 1, new Set(), '')
}

/** console.log(...args): a leading format string's %s %d %i %f %j %o %O %c %% applied, the rest joined by spaces. */
export function formatArgs(args: unknown[]): string {
  const parts: string[] = []
  let rest = args
  if (typeof args[0] === 'string' && args.length > 1 && args[0].includes('%')) {
    let index = 1
    const text = args[0].replace(/%([sdifjoOc%])/g, (match, spec: string) => {
      if (spec === '%') return '%'
      if (index >= args.length) return match
      const arg = args[index++]
      switch (spec) {
        case 's': return typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null ? inspect(arg) : String(arg)
        case 'd':
        case 'i': return typeof arg === 'bigint' ? `${arg}n` : String(spec === 'i' ? Math.trunc(Number(arg)) : Number(arg))
        case 'f': return String(Number.parseFloat(String(arg)))
        case 'j': return JSON.stringify(arg)
        case 'c': return ''
        default: return inspect(arg)
      }
    })
    parts.push(text)
    rest = args.slice(index)
  } else if (args.length > 0) {
    parts.push(inspectValue(args[0], 0, new Set(), ''))
    rest = args.slice(1)
  }
  for (const arg of rest) parts.push(inspectValue(arg, 0, new Set(), ''))
  return parts.join(' ')
}
