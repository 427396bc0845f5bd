// Build-time list of every page's exercises (the same in each locale), for the progress shown on the home page and in the sidebar.
import { readFileSync } from 'node:fs'
import { pageSlugs } from '../../.vitepress/config/pages'
import { exerciseIds, type PageExercises } from './progress'

const docs = new URL('../../docs/en/', import.meta.url)

export default {
  watch: ['../../docs/en/*.md'],
  load(): PageExercises[] {
    return pageSlugs.map((page) => ({ page, ids: exerciseIds(readFileSync(new URL(`${page}.md`, docs), 'utf8')) }))
  },
}

declare const data: PageExercises[]
export { data }
