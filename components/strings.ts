// Every word the components show, in each of the four languages.
import type { LocaleDir } from '../.vitepress/config/locales'
import { limits } from '../playground/limits'
import { exerciseStrings, type ExerciseStrings } from './exercise/strings'

/** The memory limit in gigabytes, written as the locale writes numbers. */
const memoryGB = (locale: string) => (limits.memoryMB / 1024).toLocaleString(locale)

export interface RunnerStrings {
  run: string
  /** The button that records a run and opens the step-through. */
  stepThrough: string
  stop: string
  reset: string
  copy: string
  copied: string
  /** The clipboard refused the code: how to copy it instead. */
  copyFailed: string
  toolbar: string
  editor: (lang: string) => string
  states: Record<'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped', string>
  notices: Record<'time-limit' | 'output-limit' | 'memory-limit' | 'asyncio-rewritten' | 'crash' | 'sandbox-lost' | 'superseded' | 'load-failed', string>
  retry: string
  timeLimit: (seconds: number) => string
  newLines: (count: number) => string
}

export interface PlaygroundStrings {
  language: string
  copyLink: string
  linkCopied: string
  /** The clipboard refused the link, which is in the address bar by then. */
  linkCopyFailed: string
  copyEmbed: string
  embedCopied: string
  /** The clipboard refused the embed code, which is then shown to copy by hand. */
  embedCopyFailed: string
  /** The label of the embed code shown when the clipboard refused it. */
  embedCode: string
  badLink: Record<'language' | 'missing' | 'damaged', string>
}

export interface EmbedStrings {
  /** The embedded runner's title: the iframe's for screen readers, and the embed page's heading. */
  frameTitle: (lang: string) => string
}

export interface ComponentStrings {
  output: string
  outputVaries: string
  /** A new build of the course is installed and waits: the reader may reload now or later. */
  update: { available: string; reload: string; later: string }
  runner: RunnerStrings
  playground: PlaygroundStrings
  embed: EmbedStrings
  exercise: ExerciseStrings
  desugar: {
    caption: string
    sugar: string
    expansion: string
    legend: string
    groups: Record<'iter' | 'aiter' | 'loop' | 'next' | 'body' | 'else', string>
  }
}

export const strings: Record<LocaleDir, ComponentStrings> = {
  en: {
    exercise: exerciseStrings.en,
    update: { available: 'A new version of the course is available.', reload: 'Reload', later: 'Later' },
    output: 'Output',
    outputVaries: 'This output can differ from run to run; the text explains why.',
    runner: {
      run: 'Run',
      stepThrough: 'Step through',
      stop: 'Stop',
      reset: 'Reset',
      copy: 'Copy',
      copied: 'Code copied',
      copyFailed: 'Could not copy: the browser did not allow access to the clipboard. Select the code and copy it yourself.',
      toolbar: 'Example controls',
      editor: (lang) => `${lang} code, editable. Ctrl+Enter runs it, Escape leaves the editor.`,
      states: { idle: 'Ready', loading: 'Loading the runtime…', running: 'Running', done: 'Done', error: 'Finished with an error', stopped: 'Stopped' },
      notices: {
        'time-limit': 'Stopped: the program ran longer than the time limit.',
        'output-limit': 'Stopped: the program printed more than can be shown.',
        'memory-limit': `The program reached the memory limit (${memoryGB('en')} GB).`,
        'asyncio-rewritten': 'This browser cannot block inside asyncio.run(), so the runner ran asyncio.run(x) as a top-level await x.',
        crash: 'The runtime stopped unexpectedly; a fresh one is loading.',
        'sandbox-lost': 'Stopped: the sandbox running the program shut down, most likely because the program used too much memory. A fresh sandbox is loading.',
        superseded: 'Stopped: another example was started.',
        'load-failed': 'The runtime could not be loaded: the network may be down, or the site is missing files. Nothing ran.',
      },
      retry: 'Try again',
      timeLimit: (seconds) => `time limit ${seconds} s`,
      newLines: (count) => `${count} new lines, the last:`,
    },
    playground: {
      language: 'Language',
      copyLink: 'Copy link',
      linkCopied: 'Link copied: it opens this code without running it.',
      linkCopyFailed: 'Could not copy the link: the browser did not allow access to the clipboard. The link is now in the address bar; copy it from there.',
      copyEmbed: 'Copy embed code',
      embedCopied: 'Embed code copied: paste it into the HTML of your page. It shows this code, ready to run.',
      embedCopyFailed: 'Could not copy the embed code: the browser did not allow access to the clipboard. Copy it from the box below.',
      embedCode: 'Embed code',
      badLink: {
        language: 'This link names a language the playground does not know. Showing the default example instead.',
        missing: 'This link has no code in it. Showing the default example instead.',
        damaged: 'The code in this link is damaged and cannot be read. Showing the default example instead.',
      },
    },
    embed: {
      frameTitle: (lang) => `${lang} example to edit and run, from the course Async iteration in Python`,
    },
    desugar: {
      caption: 'The async for statement (left) and the code it is equivalent to (right)',
      sugar: 'You write',
      expansion: 'Is equivalent to',
      legend: 'Line by line',
      groups: {
        iter: 'ITER is evaluated once.',
        aiter: 'Its async iterator is fetched with type(iter).__aiter__(iter), as aiter() does.',
        loop: 'A while loop runs until __anext__ raises StopAsyncIteration.',
        next: 'Each round awaits type(iter).__anext__(iter) and binds the value to TARGET.',
        body: 'The body runs only when __anext__ returned a value; break and continue act on the while.',
        else: 'else runs when the loop ends without break.',
      },
    },
  },
  ru: {
    exercise: exerciseStrings.ru,
    update: { available: 'Вышла новая версия курса.', reload: 'Обновить', later: 'Позже' },
    output: 'Вывод',
    outputVaries: 'Этот вывод может меняться от запуска к запуску; почему — сказано в тексте.',
    runner: {
      run: 'Запустить',
      stepThrough: 'По шагам',
      stop: 'Остановить',
      reset: 'Сбросить',
      copy: 'Копировать',
      copied: 'Код скопирован',
      copyFailed: 'Не удалось скопировать: браузер не дал доступа к буферу обмена. Выделите код и скопируйте его вручную.',
      toolbar: 'Управление примером',
      editor: (lang) => `Код на ${lang}, его можно править. Ctrl+Enter — запуск, Escape — выйти из редактора.`,
      states: { idle: 'Готово к запуску', loading: 'Загрузка среды выполнения…', running: 'Выполняется', done: 'Завершено', error: 'Завершено с ошибкой', stopped: 'Остановлено' },
      notices: {
        'time-limit': 'Остановлено: программа работала дольше лимита времени.',
        'output-limit': 'Остановлено: программа вывела больше, чем можно показать.',
        'memory-limit': `Программа упёрлась в лимит памяти (${memoryGB('ru')} ГБ).`,
        'asyncio-rewritten': 'Этот браузер не умеет блокироваться внутри asyncio.run(), поэтому asyncio.run(x) выполнен как await x на верхнем уровне.',
        crash: 'Среда выполнения неожиданно остановилась; загружается новая.',
        'sandbox-lost': 'Остановлено: песочница, в которой шла программа, закрылась — скорее всего, программа заняла слишком много памяти. Загружается новая песочница.',
        superseded: 'Остановлено: запущен другой пример.',
        'load-failed': 'Не удалось загрузить среду выполнения: возможно, нет сети или на сайте не хватает файлов. Программа не запускалась.',
      },
      retry: 'Повторить',
      timeLimit: (seconds) => `лимит ${seconds} с`,
      newLines: (count) => `Новых строк: ${count}, последняя:`,
    },
    playground: {
      language: 'Язык',
      copyLink: 'Копировать ссылку',
      linkCopied: 'Ссылка скопирована: она открывает этот код, не запуская его.',
      linkCopyFailed: 'Не удалось скопировать ссылку: браузер не дал доступа к буферу обмена. Ссылка уже в адресной строке — скопируйте её оттуда.',
      copyEmbed: 'Копировать код для встраивания',
      embedCopied: 'Код для встраивания скопирован: вставьте его в HTML своей страницы. Он покажет этот код, готовый к запуску.',
      embedCopyFailed: 'Не удалось скопировать код для встраивания: браузер не дал доступа к буферу обмена. Скопируйте его из поля ниже.',
      embedCode: 'Код для встраивания',
      badLink: {
        language: 'В ссылке указан язык, которого песочница не знает. Показан пример по умолчанию.',
        missing: 'В ссылке нет кода. Показан пример по умолчанию.',
        damaged: 'Код в ссылке повреждён и не читается. Показан пример по умолчанию.',
      },
    },
    embed: {
      frameTitle: (lang) => `Пример на ${lang}, который можно править и запускать, из курса «Асинхронная итерация в Python»`,
    },
    desugar: {
      caption: 'Инструкция async for (слева) и равносильный ей код (справа)',
      sugar: 'Вы пишете',
      expansion: 'Равносильный код',
      legend: 'Построчно',
      groups: {
        iter: 'Выражение ITER вычисляется один раз.',
        aiter: 'Асинхронный итератор получают вызовом type(iter).__aiter__(iter) — так же, как aiter().',
        loop: 'Цикл while повторяется, пока __anext__ не выбросит StopAsyncIteration.',
        next: 'На каждом шаге ожидается type(iter).__anext__(iter), и значение присваивается TARGET.',
        body: 'Тело выполняется, только если __anext__ вернул значение; break и continue действуют на while.',
        else: 'Ветка else выполняется, если цикл завершился без break.',
      },
    },
  },
  zh: {
    exercise: exerciseStrings.zh,
    update: { available: '课程有新版本可用。', reload: '重新加载', later: '稍后' },
    output: '输出',
    outputVaries: '这段输出每次运行都可能不同，原因见正文。',
    runner: {
      run: '运行',
      stepThrough: '单步查看',
      stop: '停止',
      reset: '重置',
      copy: '复制',
      copied: '代码已复制',
      copyFailed: '复制失败：浏览器不允许访问剪贴板。请选中代码后手动复制。',
      toolbar: '示例操作',
      editor: (lang) => `${lang} 代码，可编辑。Ctrl+Enter 运行，Esc 离开编辑器。`,
      states: { idle: '就绪', loading: '正在加载运行环境…', running: '运行中', done: '已完成', error: '运行出错', stopped: '已停止' },
      notices: {
        'time-limit': '已停止：程序运行超过了时间限制。',
        'output-limit': '已停止：程序输出太多，无法全部显示。',
        'memory-limit': `程序达到了内存上限（${memoryGB('zh')} GB）。`,
        'asyncio-rewritten': '此浏览器无法在 asyncio.run() 内部阻塞，因此运行器把 asyncio.run(x) 改为顶层的 await x 来执行。',
        crash: '运行环境意外停止，正在加载新的运行环境。',
        'sandbox-lost': '已停止：运行程序的沙箱已关闭，很可能是程序占用的内存过多。正在加载新的沙箱。',
        superseded: '已停止：另一个示例开始运行。',
        'load-failed': '运行环境加载失败：可能是网络中断，或网站缺少文件。程序没有运行。',
      },
      retry: '重试',
      timeLimit: (seconds) => `时间限制 ${seconds} 秒`,
      newLines: (count) => `新增 ${count} 行，最后一行：`,
    },
    playground: {
      language: '语言',
      copyLink: '复制链接',
      linkCopied: '链接已复制：打开后会显示这段代码，但不会自动运行。',
      linkCopyFailed: '无法复制链接：浏览器不允许访问剪贴板。链接已显示在地址栏中，请从地址栏复制。',
      copyEmbed: '复制嵌入代码',
      embedCopied: '嵌入代码已复制：把它粘贴到你网页的 HTML 中，页面上就会显示这段代码，可直接运行。',
      embedCopyFailed: '无法复制嵌入代码：浏览器不允许访问剪贴板。请从下面的文本框中复制。',
      embedCode: '嵌入代码',
      badLink: {
        language: '链接中的语言无法识别，已改为显示默认示例。',
        missing: '链接中没有代码，已改为显示默认示例。',
        damaged: '链接中的代码已损坏，无法读取，已改为显示默认示例。',
      },
    },
    embed: {
      frameTitle: (lang) => `可编辑、可运行的 ${lang} 示例，来自课程《Python 异步迭代》`,
    },
    desugar: {
      caption: 'async for 语句（左）与它的等价展开（右）',
      sugar: '你写的',
      expansion: '等价于',
      legend: '逐行对照',
      groups: {
        iter: 'ITER 只求值一次。',
        aiter: '通过 type(iter).__aiter__(iter) 取得异步迭代器，和 aiter() 的做法一样。',
        loop: 'while 循环一直运行，直到 __anext__ 抛出 StopAsyncIteration。',
        next: '每一轮等待 type(iter).__anext__(iter)，并把结果绑定到 TARGET。',
        body: '只有 __anext__ 返回了值，循环体才会执行；break 和 continue 作用于这个 while。',
        else: '循环没有被 break 中断而结束时，执行 else。',
      },
    },
  },
  fr: {
    exercise: exerciseStrings.fr,
    update: { available: 'Une nouvelle version du cours est disponible.', reload: 'Recharger', later: 'Plus tard' },
    output: 'Sortie',
    outputVaries: 'Cette sortie peut changer d’une exécution à l’autre ; le texte explique pourquoi.',
    runner: {
      run: 'Exécuter',
      stepThrough: 'Pas à pas',
      stop: 'Arrêter',
      reset: 'Réinitialiser',
      copy: 'Copier',
      copied: 'Code copié',
      copyFailed: 'Copie impossible : le navigateur a refusé l’accès au presse-papiers. Sélectionnez le code et copiez-le vous-même.',
      toolbar: 'Commandes de l’exemple',
      editor: (lang) => `Code ${lang}, modifiable. Ctrl+Entrée l’exécute, Échap quitte l’éditeur.`,
      states: { idle: 'Prêt', loading: 'Chargement de l’environnement…', running: 'En cours', done: 'Terminé', error: 'Terminé avec une erreur', stopped: 'Arrêté' },
      notices: {
        'time-limit': 'Arrêté : le programme a dépassé la limite de temps.',
        'output-limit': 'Arrêté : le programme a affiché plus que ce qui peut être montré.',
        'memory-limit': `Le programme a atteint la limite de mémoire (${memoryGB('fr')} Go).`,
        'asyncio-rewritten': 'Ce navigateur ne peut pas bloquer dans asyncio.run() : asyncio.run(x) a été exécuté comme un await x de premier niveau.',
        crash: 'L’environnement d’exécution s’est arrêté de façon inattendue ; un nouveau se charge.',
        'sandbox-lost': 'Arrêté : le bac à sable qui exécutait le programme s’est fermé, très probablement parce que le programme a utilisé trop de mémoire. Un nouveau bac à sable se charge.',
        superseded: 'Arrêté : un autre exemple a été lancé.',
        'load-failed': 'Impossible de charger l’environnement d’exécution : le réseau est peut-être coupé, ou des fichiers manquent sur le site. Le programme n’a pas été exécuté.',
      },
      retry: 'Réessayer',
      timeLimit: (seconds) => `limite ${seconds} s`,
      newLines: (count) => `${count} nouvelles lignes, la dernière :`,
    },
    playground: {
      language: 'Langage',
      copyLink: 'Copier le lien',
      linkCopied: 'Lien copié : il ouvre ce code sans l’exécuter.',
      linkCopyFailed: 'Impossible de copier le lien : le navigateur a refusé l’accès au presse-papiers. Le lien est maintenant dans la barre d’adresse ; copiez-le à partir de là.',
      copyEmbed: 'Copier le code d’intégration',
      embedCopied: 'Code d’intégration copié : collez-le dans le HTML de votre page. Il affiche ce code, prêt à être exécuté.',
      embedCopyFailed: 'Impossible de copier le code d’intégration : le navigateur a refusé l’accès au presse-papiers. Copiez-le depuis le champ ci-dessous.',
      embedCode: 'Code d’intégration',
      badLink: {
        language: 'Ce lien indique un langage que le bac à sable ne connaît pas. L’exemple par défaut est affiché à la place.',
        missing: 'Ce lien ne contient pas de code. L’exemple par défaut est affiché à la place.',
        damaged: 'Le code de ce lien est abîmé et illisible. L’exemple par défaut est affiché à la place.',
      },
    },
    embed: {
      frameTitle: (lang) => `Exemple ${lang} à modifier et à exécuter, tiré du cours « L’itération asynchrone en Python »`,
    },
    desugar: {
      caption: 'L’instruction async for (à gauche) et la forme développée à laquelle elle équivaut (à droite)',
      sugar: 'Vous écrivez',
      expansion: 'Équivaut à',
      legend: 'Ligne par ligne',
      groups: {
        iter: 'ITER est évalué une seule fois.',
        aiter: 'Son itérateur asynchrone est obtenu par type(iter).__aiter__(iter), comme le fait aiter().',
        loop: 'Une boucle while tourne jusqu’à ce que __anext__ lève StopAsyncIteration.',
        next: 'À chaque tour, on attend type(iter).__anext__(iter) et la valeur est liée à TARGET.',
        body: 'Le corps ne s’exécute que si __anext__ a renvoyé une valeur ; break et continue agissent sur le while.',
        else: 'Le else s’exécute quand la boucle se termine sans break.',
      },
    },
  },
}
