// Every exercise of every page, on the site's own CPython: the starter fails, the solution passes, cheats fail.
import { beforeAll, describe, expect, it } from 'vitest'
import { coursePages, exercisesOf } from '../support/pages'
import { startChecker } from '../support/python'

let check: Awaited<ReturnType<typeof startChecker>>
beforeAll(async () => {
  check = await startChecker()
})

/** Programs that try to pass without doing the exercise: printing success, or ending before the checks. */
const cheats = (starter: string) => [
  'print("PASS")\nprint("All checks passed")\n',
  `${starter}\nprint("PASS")\n`,
  'import sys\nsys.exit(0)\n',
  `${starter}\nraise SystemExit\n`,
]

const pages = await Promise.all(coursePages().map(async (page) => ({ page, exercises: (await exercisesOf(page)).exercises.filter((e) => e.kind === 'code') })))

for (const { page, exercises } of pages.filter((p) => p.exercises.length)) {
  describe(page.file, () => {
    for (const exercise of exercises) {
      it(`${exercise.id}: the starter fails, the solution passes, cheats fail`, async () => {
        expect(await check(exercise.starter, exercise.check), 'the starter').toMatchObject({ passed: false })
        expect(await check(exercise.solution, exercise.check), 'the solution').toEqual({ passed: true })
        for (const cheat of cheats(exercise.starter)) expect(await check(cheat, exercise.check), cheat).toMatchObject({ passed: false })
      })
    }
  })
}
