// The programs the playground opens with, one per language.
import type { Lang } from '../playground/share'

export const starters: Record<Lang, string> = {
  python: `import asyncio


class AsyncCounter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        value = self.current
        self.current += 1
        return value


async def main():
    async for number in AsyncCounter(3):
        print(number)


asyncio.run(main())
`,
  typescript: `const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AsyncCounter implements AsyncIterable<number> {
  constructor(private readonly stop: number) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<number> {
    for (let current = 0; current < this.stop; current++) {
      await sleep(100);
      yield current;
    }
  }
}

for await (const number of new AsyncCounter(3)) {
  console.log(number);
}
`,
}
