// The step-through's words in the four languages.
import type { LocaleDir } from '../../.vitepress/config/locales'
import type { DesugarPhase } from '../../playground/trace/desugar'

export interface StepperStrings {
  title: string
  close: string
  keys: string
  first: string
  previous: string
  play: string
  pause: string
  next: string
  last: string
  speed: string
  scrubber: string
  position: (step: number, steps: number) => string
  /** A step in one sentence: its position, what happens, the line, the task and the clock. */
  summary: (parts: { position: string; event: string; line: string; where: string; ms: string }) => string
  /** A task's state and what it is doing or did, e.g. "waiting: sleeps until 30 ms". */
  taskState: (state: string, how: string) => string
  cut: (limit: number) => string
  empty: string
  /** A time on the loop's clock, in milliseconds from the first step. */
  ms: (ms: number) => string
  line: (line: number) => string
  /** The program's top level, where the events name a function. */
  program: string
  where: { task: (name: string) => string; topLevel: string }
  /** What the current step is, from the function's point of view. */
  events: {
    start: (func: string) => string
    resume: (func: string) => string
    await: (func: string) => string
    yieldValue: (func: string) => string
    yieldPlain: (func: string, value: string) => string
    return: (func: string, value: string) => string
    unwind: (func: string, error: string) => string
    line: (func: string) => string
  }
  code: string
  variables: string
  noVariables: string
  tasks: string
  noTasks: string
  states: Record<'running' | 'waiting' | 'done', string>
  waiting: {
    ready: string
    sleep: (until: string) => string
    task: (name: string) => string
    future: string
    /** The chain of awaits that leads to what the task waits on, with its leading separator. */
    via: (chain: string) => string
  }
  done: { result: (value: string) => string; cancelled: string; exception: (error: string) => string }
  output: string
  noOutput: string
  timeline: string
  timelineHint: string
  timelineLabel: (lanes: number, ms: string) => string
  topLevelLane: string
  desugar: string
  desugarOf: (line: number) => string
  phases: Record<DesugarPhase, string>
}

const trimmedMs = (locale: string) => (ms: number) =>
  `${ms.toLocaleString(locale, { maximumFractionDigits: ms < 10 ? 2 : 1 })} ms`

export const stepperStrings: Record<LocaleDir, StepperStrings> = {
  en: {
    title: 'Step through the run',
    close: 'Close',
    keys: 'Left and right arrow keys step back and forward; Home and End go to the first and last step.',
    first: 'First step',
    previous: 'Previous step',
    play: 'Play',
    pause: 'Pause',
    next: 'Next step',
    last: 'Last step',
    speed: 'Speed',
    scrubber: 'Step',
    position: (step, steps) => `Step ${step} of ${steps}`,
    summary: (p) => `${p.position}. ${p.event}: ${p.line}, ${p.where}, ${p.ms}.`,
    taskState: (state, how) => `${state}: ${how}`,
    cut: (limit) => `Only the first ${limit.toLocaleString('en')} steps were recorded; the program ran on to its end.`,
    empty: 'Nothing to step through: none of the program’s code ran.',
    ms: trimmedMs('en'),
    line: (line) => `line ${line}`,
    program: 'the program',
    where: { task: (name) => `in task ${name}`, topLevel: 'at the top level, outside any task' },
    events: {
      start: (func) => `${func} starts`,
      resume: (func) => `${func} resumes where it was suspended`,
      await: (func) => `${func} is suspended at an await; the event loop runs whatever is ready`,
      yieldValue: (func) => `${func} yields a value: the waiting async for receives it`,
      yieldPlain: (func, value) => `${func} yields ${value}`,
      return: (func, value) => `${func} returns ${value}`,
      unwind: (func, error) => `${func} ends with an exception: ${error}`,
      line: (func) => `${func} runs this line`,
    },
    code: 'Code',
    variables: 'Variables',
    noVariables: 'No variables here yet.',
    tasks: 'Tasks',
    noTasks: 'No tasks yet: the event loop has not started one.',
    states: { running: 'running', waiting: 'waiting', done: 'done' },
    waiting: {
      ready: 'ready, waits for its turn',
      sleep: (until) => `sleeps until ${until}`,
      task: (name) => `awaits task ${name}`,
      future: 'awaits a future',
      via: (chain) => `, through ${chain}`,
    },
    done: { result: (value) => `returned ${value}`, cancelled: 'cancelled', exception: (error) => `raised ${error}` },
    output: 'Output so far',
    noOutput: 'Nothing printed yet.',
    timeline: 'Tasks over the loop’s clock',
    timelineHint: 'A thick bar: the task runs. A thin line: it is suspended. The vertical line is the current step; click a bar to go to it.',
    timelineLabel: (lanes, ms) => `Timeline of ${lanes} lanes over ${ms}`,
    topLevelLane: 'top level',
    desugar: 'What async for is doing',
    desugarOf: (line) => `The async for on line ${line}, in the expansion from the language reference:`,
    phases: {
      iter: 'ITER is evaluated',
      aiter: '__aiter__ is called',
      anext: '__anext__ is awaited',
      exhausted: 'StopAsyncIteration: the loop ends',
      body: 'the body runs',
      else: 'the else block runs',
    },
  },
  ru: {
    title: 'Выполнение по шагам',
    close: 'Закрыть',
    keys: 'Стрелки влево и вправо — шаг назад и вперёд; Home и End — первый и последний шаг.',
    first: 'Первый шаг',
    previous: 'Предыдущий шаг',
    play: 'Воспроизвести',
    pause: 'Пауза',
    next: 'Следующий шаг',
    last: 'Последний шаг',
    speed: 'Скорость',
    scrubber: 'Шаг',
    position: (step, steps) => `Шаг ${step} из ${steps}`,
    summary: (p) => `${p.position}. ${p.event}: ${p.line}, ${p.where}, ${p.ms}.`,
    taskState: (state, how) => `${state}: ${how}`,
    cut: (limit) => `Записаны только первые ${limit.toLocaleString('ru')} шагов; программа выполнилась до конца.`,
    empty: 'Показывать нечего: ни одна строка программы не выполнилась.',
    ms: trimmedMs('ru'),
    line: (line) => `строка ${line}`,
    program: 'программа',
    where: { task: (name) => `в задаче ${name}`, topLevel: 'на верхнем уровне, вне задач' },
    events: {
      start: (func) => `${func} начинает работу`,
      resume: (func) => `${func} продолжает работу с места приостановки`,
      await: (func) => `${func} приостанавливается на await; цикл событий тем временем выполняет то, что готово`,
      yieldValue: (func) => `${func} отдаёт значение: его получает ожидающий async for`,
      yieldPlain: (func, value) => `${func} отдаёт ${value}`,
      return: (func, value) => `${func} возвращает ${value}`,
      unwind: (func, error) => `${func} завершается исключением: ${error}`,
      line: (func) => `${func} выполняет эту строку`,
    },
    code: 'Код',
    variables: 'Переменные',
    noVariables: 'Переменных пока нет.',
    tasks: 'Задачи',
    noTasks: 'Задач пока нет: цикл событий ещё не запустил ни одной.',
    states: { running: 'выполняется', waiting: 'ждёт', done: 'завершена' },
    waiting: {
      ready: 'готова к запуску, её очередь ещё не пришла',
      sleep: (until) => `спит до ${until}`,
      task: (name) => `ждёт задачу ${name}`,
      future: 'ждёт future',
      via: (chain) => `, через ${chain}`,
    },
    done: { result: (value) => `вернула ${value}`, cancelled: 'отменена', exception: (error) => `выбросила ${error}` },
    output: 'Вывод к этому шагу',
    noOutput: 'Пока ничего не выведено.',
    timeline: 'Задачи на часах цикла событий',
    timelineHint: 'Толстая полоса — задача выполняется, тонкая линия — приостановлена. Вертикальная черта — текущий шаг; щелчок по полосе переходит к ней.',
    timelineLabel: (lanes, ms) => `Временная шкала: дорожек — ${lanes}, длительность ${ms}`,
    topLevelLane: 'верхний уровень',
    desugar: 'Что делает async for',
    desugarOf: (line) => `async for в строке ${line} в раскрытии из справочника по языку:`,
    phases: {
      iter: 'вычисляется ITER',
      aiter: 'вызывается __aiter__',
      anext: 'ожидается __anext__',
      exhausted: 'StopAsyncIteration: цикл заканчивается',
      body: 'выполняется тело цикла',
      else: 'выполняется блок else',
    },
  },
  zh: {
    title: '单步查看这次运行',
    close: '关闭',
    keys: '左右方向键后退、前进一步；Home 和 End 跳到第一步和最后一步。',
    first: '第一步',
    previous: '上一步',
    play: '播放',
    pause: '暂停',
    next: '下一步',
    last: '最后一步',
    speed: '速度',
    scrubber: '步骤',
    position: (step, steps) => `第 ${step} 步，共 ${steps} 步`,
    summary: (p) => `${p.position}。${p.event}：${p.line}，${p.where}，${p.ms}。`,
    taskState: (state, how) => `${state}：${how}`,
    cut: (limit) => `只记录了前 ${limit.toLocaleString('zh')} 步；程序本身一直运行到了结束。`,
    empty: '没有可查看的步骤：程序自己的代码一行也没有运行。',
    ms: trimmedMs('zh'),
    line: (line) => `第 ${line} 行`,
    program: '程序',
    where: { task: (name) => `在任务 ${name} 中`, topLevel: '在顶层，不属于任何任务' },
    events: {
      start: (func) => `${func} 开始执行`,
      resume: (func) => `${func} 从挂起处恢复执行`,
      await: (func) => `${func} 在 await 处挂起；事件循环去运行已就绪的代码`,
      yieldValue: (func) => `${func} 产出一个值，交给正在等待的 async for`,
      yieldPlain: (func, value) => `${func} 产出 ${value}`,
      return: (func, value) => `${func} 返回 ${value}`,
      unwind: (func, error) => `${func} 因异常结束：${error}`,
      line: (func) => `${func} 执行这一行`,
    },
    code: '代码',
    variables: '变量',
    noVariables: '这里还没有变量。',
    tasks: '任务',
    noTasks: '还没有任务：事件循环尚未启动任何任务。',
    states: { running: '运行中', waiting: '等待中', done: '已结束' },
    waiting: {
      ready: '已就绪，等待轮到它',
      sleep: (until) => `休眠到 ${until}`,
      task: (name) => `等待任务 ${name}`,
      future: '等待一个 Future',
      via: (chain) => `，经由 ${chain}`,
    },
    done: { result: (value) => `返回了 ${value}`, cancelled: '已取消', exception: (error) => `抛出了 ${error}` },
    output: '截至此步的输出',
    noOutput: '还没有输出。',
    timeline: '事件循环时钟上的任务',
    timelineHint: '粗条表示任务正在运行，细线表示它处于挂起状态。竖线标出当前步骤；点击粗条可跳到那里。',
    timelineLabel: (lanes, ms) => `时间线：${lanes} 条泳道，共 ${ms}`,
    topLevelLane: '顶层',
    desugar: 'async for 正在做什么',
    desugarOf: (line) => `第 ${line} 行的 async for，对照语言参考中的等价展开：`,
    phases: {
      iter: '求值 ITER',
      aiter: '调用 __aiter__',
      anext: '等待 __anext__',
      exhausted: 'StopAsyncIteration：循环结束',
      body: '执行循环体',
      else: '执行 else 块',
    },
  },
  fr: {
    title: 'L’exécution pas à pas',
    close: 'Fermer',
    keys: 'Flèches gauche et droite : un pas en arrière ou en avant ; Début et Fin : premier et dernier pas.',
    first: 'Premier pas',
    previous: 'Pas précédent',
    play: 'Lecture',
    pause: 'Pause',
    next: 'Pas suivant',
    last: 'Dernier pas',
    speed: 'Vitesse',
    scrubber: 'Pas',
    position: (step, steps) => `Pas ${step} sur ${steps}`,
    summary: (p) => `${p.position}. ${p.event} : ${p.line}, ${p.where}, ${p.ms}.`,
    taskState: (state, how) => `${state} : ${how}`,
    cut: (limit) => `Seuls les ${limit.toLocaleString('fr')} premiers pas ont été enregistrés ; le programme s’est exécuté jusqu’au bout.`,
    empty: 'Rien à parcourir : aucune ligne du programme ne s’est exécutée.',
    ms: trimmedMs('fr'),
    line: (line) => `ligne ${line}`,
    program: 'le programme',
    where: { task: (name) => `dans la tâche ${name}`, topLevel: 'au niveau principal, hors de toute tâche' },
    events: {
      start: (func) => `${func} démarre`,
      resume: (func) => `${func} reprend là où elle était suspendue`,
      await: (func) => `${func} est suspendue sur un await ; la boucle d’événements exécute ce qui est prêt`,
      yieldValue: (func) => `${func} produit une valeur : l’async for qui attend la reçoit`,
      yieldPlain: (func, value) => `${func} produit ${value}`,
      return: (func, value) => `${func} renvoie ${value}`,
      unwind: (func, error) => `${func} se termine sur une exception : ${error}`,
      line: (func) => `${func} exécute cette ligne`,
    },
    code: 'Code',
    variables: 'Variables',
    noVariables: 'Pas encore de variables ici.',
    tasks: 'Tâches',
    noTasks: 'Pas encore de tâche : la boucle d’événements n’en a lancé aucune.',
    states: { running: 'en cours', waiting: 'en attente', done: 'terminée' },
    waiting: {
      ready: 'prête, attend son tour',
      sleep: (until) => `dort jusqu’à ${until}`,
      task: (name) => `attend la tâche ${name}`,
      future: 'attend un future',
      via: (chain) => `, via ${chain}`,
    },
    done: { result: (value) => `a renvoyé ${value}`, cancelled: 'annulée', exception: (error) => `a levé ${error}` },
    output: 'Sortie jusqu’à ce pas',
    noOutput: 'Rien d’affiché pour l’instant.',
    timeline: 'Les tâches sur l’horloge de la boucle',
    timelineHint: 'Barre épaisse : la tâche s’exécute. Trait fin : elle est suspendue. Le trait vertical marque le pas courant ; cliquez sur une barre pour y aller.',
    timelineLabel: (lanes, ms) => `Chronologie : ${lanes} couloirs sur ${ms}`,
    topLevelLane: 'niveau principal',
    desugar: 'Ce que fait async for',
    desugarOf: (line) => `L’async for de la ligne ${line}, sous la forme développée que donne la référence du langage :`,
    phases: {
      iter: 'ITER est évalué',
      aiter: '__aiter__ est appelée',
      anext: '__anext__ est attendue (await)',
      exhausted: 'StopAsyncIteration : la boucle s’arrête',
      body: 'le corps de la boucle s’exécute',
      else: 'le bloc else s’exécute',
    },
  },
}
