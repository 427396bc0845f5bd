// Every word the components show, in each of the four languages.

export interface ComponentStrings {
  output: string
  outputVaries: string
  desugar: {
    caption: string
    sugar: string
    expansion: string
    legend: string
    groups: Record<'iter' | 'aiter' | 'loop' | 'next' | 'body' | 'else', string>
  }
}

export type LocaleDir = 'en' | 'ru' | 'zh' | 'fr'

export const strings: Record<LocaleDir, ComponentStrings> = {
  en: {
    output: 'Output',
    outputVaries: 'This output can differ from run to run; the text explains why.',
    desugar: {
      caption: 'The async for statement (left) and the code Python runs for it (right)',
      sugar: 'You write',
      expansion: 'Python runs',
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
    output: 'Вывод',
    outputVaries: 'Этот вывод может меняться от запуска к запуску; почему — сказано в тексте.',
    desugar: {
      caption: 'Оператор async for (слева) и код, который Python выполняет вместо него (справа)',
      sugar: 'Вы пишете',
      expansion: 'Python выполняет',
      legend: 'Построчно',
      groups: {
        iter: 'Выражение ITER вычисляется один раз.',
        aiter: 'Асинхронный итератор получают вызовом type(iter).__aiter__(iter) — так же, как aiter().',
        loop: 'Цикл while крутится, пока __anext__ не выбросит StopAsyncIteration.',
        next: 'На каждом шаге ожидается type(iter).__anext__(iter), и значение присваивается TARGET.',
        body: 'Тело выполняется, только если __anext__ вернул значение; break и continue действуют на while.',
        else: 'Ветка else выполняется, если цикл завершился без break.',
      },
    },
  },
  zh: {
    output: '输出',
    outputVaries: '这段输出每次运行都可能不同，原因见正文。',
    desugar: {
      caption: 'async for 语句（左）与 Python 实际执行的代码（右）',
      sugar: '你写的',
      expansion: 'Python 执行的',
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
    output: 'Sortie',
    outputVaries: 'Cette sortie peut changer d’une exécution à l’autre ; le texte explique pourquoi.',
    desugar: {
      caption: 'L’instruction async for (à gauche) et le code que Python exécute à sa place (à droite)',
      sugar: 'Vous écrivez',
      expansion: 'Python exécute',
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
