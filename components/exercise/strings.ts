// The exercises' words in the four languages.
import type { LocaleDir } from '../../.vitepress/config/locales'

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

export const exerciseStrings: Record<LocaleDir, ExerciseStrings> = {
  en: {
    code: 'Exercise',
    predict: 'Predict the output',
    check: 'Check',
    hint: 'Hint',
    moreHint: 'Another hint',
    hintOf: (shown, total) => `Hint ${shown} of ${total}`,
    showSolution: 'Show a solution',
    hideSolution: 'Hide the solution',
    solution: 'A solution',
    answer: 'What the program prints',
    prediction: 'Your prediction: what does the program print?',
    output: 'Output',
    solved: 'Solved',
    notSolved: 'Not solved yet',
    passed: 'Correct: every check passes.',
    predictPassed: 'Right: that is exactly what the program prints.',
    failed: {
      exit: 'Not yet: the program ended itself (sys.exit) before the checks could run.',
      error: (detail) => `Not yet: the program stopped with an exception: ${detail}`,
      assert: (detail) => `Not yet: ${detail}`,
      'check-error': (detail) => `Not yet: the checks could not run on your code: ${detail}`,
    },
    predictFailed: (line, yours, printed) => `Not quite: line ${line} differs. You wrote “${yours}”; the program printed “${printed}”.`,
    predictEmpty: 'Write your prediction first, then check it.',
    noVerdict: 'The run did not finish, so there is no verdict: check again.',
    progress: {
      title: 'Your exercises',
      summary: (solved, total) => `${solved} of ${total} solved`,
      page: (solved, total) => `${solved}/${total}`,
      private: 'Kept in this browser only: nothing is sent anywhere.',
    },
  },
  ru: {
    code: 'Упражнение',
    predict: 'Предскажите вывод',
    check: 'Проверить',
    hint: 'Подсказка',
    moreHint: 'Ещё подсказка',
    hintOf: (shown, total) => `Подсказка ${shown} из ${total}`,
    showSolution: 'Показать решение',
    hideSolution: 'Скрыть решение',
    solution: 'Одно из решений',
    answer: 'Что выводит программа',
    prediction: 'Ваш прогноз: что выведет программа?',
    output: 'Вывод',
    solved: 'Решено',
    notSolved: 'Ещё не решено',
    passed: 'Верно: все проверки пройдены.',
    predictPassed: 'Верно: программа выводит именно это.',
    failed: {
      exit: 'Пока нет: программа завершилась сама (sys.exit) раньше, чем начались проверки.',
      error: (detail) => `Пока нет: программа остановилась с исключением: ${detail}`,
      assert: (detail) => `Пока нет: ${detail}`,
      'check-error': (detail) => `Пока нет: проверки не смогли выполниться на вашем коде: ${detail}`,
    },
    predictFailed: (line, yours, printed) => `Не совсем: строка ${line} отличается. У вас «${yours}», программа вывела «${printed}».`,
    predictEmpty: 'Сначала напишите прогноз, потом проверяйте.',
    noVerdict: 'Запуск не завершился, поэтому вердикта нет: проверьте ещё раз.',
    progress: {
      title: 'Ваши упражнения',
      summary: (solved, total) => `Решено ${solved} из ${total}`,
      page: (solved, total) => `${solved}/${total}`,
      private: 'Хранится только в этом браузере и никуда не отправляется.',
    },
  },
  zh: {
    code: '练习',
    predict: '预测输出',
    check: '检查',
    hint: '提示',
    moreHint: '再给一个提示',
    hintOf: (shown, total) => `提示 ${shown}/${total}`,
    showSolution: '查看参考答案',
    hideSolution: '隐藏参考答案',
    solution: '参考答案',
    answer: '程序的实际输出',
    prediction: '你的预测：这个程序会输出什么？',
    output: '输出',
    solved: '已完成',
    notSolved: '尚未完成',
    passed: '正确：所有检查都通过了。',
    predictPassed: '正确：程序的输出与你的预测完全一致。',
    failed: {
      exit: '还不对：程序在检查开始之前就自行结束了（sys.exit）。',
      error: (detail) => `还不对：程序因异常而停止：${detail}`,
      assert: (detail) => `还不对：${detail}`,
      'check-error': (detail) => `还不对：检查无法在你的代码上运行：${detail}`,
    },
    predictFailed: (line, yours, printed) => `差一点：第 ${line} 行不一样。你写的是“${yours}”，程序输出的是“${printed}”。`,
    predictEmpty: '请先写下你的预测，再进行检查。',
    noVerdict: '这次运行没有完成，因此没有结论，请再检查一次。',
    progress: {
      title: '你的练习',
      summary: (solved, total) => `已完成 ${solved}/${total}`,
      page: (solved, total) => `${solved}/${total}`,
      private: '进度只保存在这个浏览器中，不会发送到任何地方。',
    },
  },
  fr: {
    code: 'Exercice',
    predict: 'Prédire la sortie',
    check: 'Vérifier',
    hint: 'Indice',
    moreHint: 'Un autre indice',
    hintOf: (shown, total) => `Indice ${shown} sur ${total}`,
    showSolution: 'Voir une solution',
    hideSolution: 'Masquer la solution',
    solution: 'Une solution',
    answer: 'Ce qu’affiche le programme',
    prediction: 'Votre prédiction\u00a0: qu’affiche le programme\u202f?',
    output: 'Sortie',
    solved: 'Réussi',
    notSolved: 'Pas encore réussi',
    passed: 'Exact\u00a0: toutes les vérifications passent.',
    predictPassed: 'Exact\u00a0: c’est précisément ce qu’affiche le programme.',
    failed: {
      exit: 'Pas encore\u00a0: le programme s’est arrêté de lui-même (sys.exit) avant les vérifications.',
      error: (detail) => `Pas encore\u00a0: le programme s’est arrêté sur une exception\u00a0: ${detail}`,
      assert: (detail) => `Pas encore\u00a0: ${detail}`,
      'check-error': (detail) => `Pas encore\u00a0: les vérifications n’ont pas pu s’exécuter sur votre code\u00a0: ${detail}`,
    },
    predictFailed: (line, yours, printed) => `Presque\u00a0: la ligne ${line} diffère. Vous avez écrit «\u00a0${yours}\u00a0», le programme a affiché «\u00a0${printed}\u00a0».`,
    predictEmpty: 'Écrivez d’abord votre prédiction, puis vérifiez-la.',
    noVerdict: 'L’exécution ne s’est pas terminée, il n’y a donc pas de verdict\u00a0: vérifiez à nouveau.',
    progress: {
      title: 'Vos exercices',
      summary: (solved, total) => `${solved} sur ${total} réussis`,
      page: (solved, total) => `${solved}/${total}`,
      private: 'Conservé dans ce navigateur uniquement\u00a0: rien n’est envoyé nulle part.',
    },
  },
}
