// console.log's formatting in the TypeScript worker: Node's util.format, extracted for browsers, with what a browser sees differently put right.
import { formatWithOptions, inspect, type InspectOptionsStylized, type Style } from 'node-inspect-extracted'

/**
 * The library tells a function's kind from its source text, so `async *g() {}` reads as
 * `[AsyncFunction: g] AsyncGeneratorFunction` and `asyncName() {}` as `[AsyncFunction: asyncName] Function`;
 * the constructor it names last comes from the prototype chain and is the kind Node prints.
 */
const misreadFunction = /^\[(?:Async)?(?:Generator)?Function( \(anonymous\)|: .*)\] ((?:Async)?(?:Generator)?Function)$/s

const options: InspectOptionsStylized = {
  stylize: (text: string, style: Style) => (style === 'special' ? text.replace(misreadFunction, '[$2$1]') : text),
}

/** The object URL the worker runs the reader's program from (`blob:<origin>/<uuid>`). */
const programURL = /blob:\S+?\/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/gi

/** A stack frame as Firefox and Safari write it: `name@url:line:column`. */
const firefoxFrame = /^(.*?)@(.*:\d+:\d+|\[native code\])$/

/**
 * An error's stack as V8, and so Node, writes it: `Name: message`, then `    at` frames, with
 * the program's blob: URL named `main.ts` as in uncaught errors. Firefox and Safari write
 * frames only, which Node's inspect would print in brackets without the message.
 */
function nodeStack(error: Error, stack: string): string {
  const named = stack.replace(programURL, 'main.ts')
  const frames = named.trimEnd().split('\n')
  if (named.includes('\n    at ') || !frames.every((frame) => firefoxFrame.test(frame))) return named
  const at = frames.map((frame) => {
    const [, name, location] = firefoxFrame.exec(frame)!
    return name ? `    at ${name} (${location})` : `    at ${location}`
  })
  return [Error.prototype.toString.call(error), ...at].join('\n')
}

/** The same error with another stack; its keys, cause and prototype, and so the rest of its output, stay. */
function withStack(error: Error, stack: string): Error {
  const copy = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error)) as Error
  return Object.defineProperty(copy, 'stack', { value: stack, writable: true, configurable: true })
}

/**
 * console.log(...args) as Node prints it: a leading format string's %s %d %i %f %j %o %O %c %%
 * applied, the rest inspected and joined by spaces. While it formats, Error.prototype answers
 * inspect's custom hook, so errors at any depth print as a copy whose stack reads as Node's; one
 * copy per error keeps circular references marked as Node marks them.
 */
export function formatArgs(args: unknown[]): string {
  if (Object.hasOwn(Error.prototype, inspect.custom)) return formatWithOptions(options, ...args)
  const copies = new Map<Error, Error>()
  Object.defineProperty(Error.prototype, inspect.custom, {
    configurable: true,
    value(this: Error) {
      let copy = copies.get(this)
      if (copy === undefined) {
        const stack = this.stack
        const readable = typeof stack === 'string' ? nodeStack(this, stack) : undefined
        copy = readable === undefined || readable === stack ? this : withStack(this, readable)
        copies.set(this, copy)
      }
      return copy
    },
  })
  try {
    return formatWithOptions(options, ...args)
  } finally {
    delete (Error.prototype as { [inspect.custom]?: unknown })[inspect.custom]
  }
}
