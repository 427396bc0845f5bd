// What words the exercises show (each locale's are in components/locales/).
export interface ExerciseStrings {
  code: string
  predict: string
  check: string
  hint: string
  moreHint: string
  hintOf: (shown: number, total: number) => string
  showSolution: string
  hideSolution: string
  solution: string
  answer: string
  prediction: string
  output: string
  solved: string
  notSolved: string
  passed: string
  predictPassed: string
  failed: {
    exit: string
    error: (detail: string) => string
    assert: (detail: string) => string
    'check-error': (detail: string) => string
  }
  predictFailed: (line: number, yours: string, printed: string) => string
  predictEmpty: string
  /** The run stopped or could not start, so no verdict. */
  noVerdict: string
  progress: {
    title: string
    summary: (solved: number, total: number) => string
    page: (solved: number, total: number) => string
    private: string
  }
}
