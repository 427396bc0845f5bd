// An exercise's verdict from how the program ended and what its checks (runner.py's run_check) said.
import type { PyProxy } from 'pyodide/ffi'
import type { Verdict } from '../protocol'

/** How a program ended: by itself, with an exception (`failure` its traceback), or through sys.exit(). */
export type Ending = 'done' | 'error' | 'exit'

/** The checks run only after a program that finished by itself; what it printed never counts. */
export async function verdictOf(ending: Ending, failure: string, runCheck: () => Promise<PyProxy>): Promise<Verdict> {
  if (ending === 'exit') return { passed: false, reason: 'exit', detail: '' }
  if (ending === 'error') return { passed: false, reason: 'error', detail: failure.trim().split('\n').at(-1) ?? '' }
  const result = await runCheck()
  const [passed, reason, detail] = result.toJs() as [boolean, 'assert' | 'check-error', string]
  result.destroy()
  return passed ? { passed: true } : { passed: false, reason, detail }
}
