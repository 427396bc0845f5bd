// Chinese (simplified), served under /zh/.
import type { LocaleWords } from './locale'

export const zh: LocaleWords = {
  label: '简体中文',
  lang: 'zh-CN',
  prefix: '/zh/',
  title: 'Python 异步迭代',
  siteTitle: 'Python 异步迭代',
  description: '学习 Python 的异步迭代：aiter()、anext()、async for、异步生成器与异步推导式，所有示例都能在浏览器中直接运行。',
  nav: {
    start: '教程',
    sections: { basics: '基础', deeper: '深入', practice: '实践', reference: '参考' },
    pages: {
      aiter: 'aiter()',
      anext: 'anext()',
      'async-for': 'async for',
      protocol: '异步迭代协议',
      'async-generators': '异步生成器',
      comprehensions: '异步推导式',
      patterns: '常见模式',
      typescript: '写给 TypeScript 读者',
      cheatsheet: '速查表',
      glossary: '术语表',
      playground: '在线练习',
      teachers: '教师指南',
    },
  },
  ui: {
    outline: { label: '本页目录', level: [2, 3] },
    docFooter: { prev: '上一页', next: '下一页' },
    darkModeSwitchLabel: '外观',
    lightModeSwitchTitle: '切换到浅色主题',
    darkModeSwitchTitle: '切换到深色主题',
    sidebarMenuLabel: '菜单',
    returnToTopLabel: '回到顶部',
    langMenuLabel: '切换语言',
    skipToContentLabel: '跳到正文',
    notFound: {
      title: '页面未找到',
      quote: '这个页面还没产出任何值，就抛出了 StopAsyncIteration。',
      linkLabel: '返回首页',
      linkText: '回到首页',
    },
  },
  footer: '示例在你的浏览器中由 CPython 3.14（Pyodide）运行。',
  search: {
    button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
    modal: {
      displayDetails: '显示详细列表',
      resetButtonTitle: '清除查询',
      backButtonTitle: '关闭搜索',
      noResultsText: '没有找到相关结果',
      footer: { selectText: '选择', selectKeyAriaLabel: '回车', navigateText: '切换', navigateUpKeyAriaLabel: '上方向键', navigateDownKeyAriaLabel: '下方向键', closeText: '关闭', closeKeyAriaLabel: 'Esc' },
    },
  },
}
