// Programs the step-through's tests record: each shows one thing the stepper must get right.

/** A heartbeat task runs while `async for` waits on a slow async generator. */
export const heartbeat = `import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def heartbeat():
    while True:
        print("tick")
        await asyncio.sleep(0.015)

async def main():
    hb = asyncio.create_task(heartbeat())
    async for x in ticker(2):
        print(x)
    else:
        print("done")
    hb.cancel()

asyncio.run(main())
`

/** A class-based async iterator: __aiter__, __anext__, StopAsyncIteration. */
export const countdown = `import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1

async def main():
    async for n in Countdown(2):
        print(n)
    print("liftoff")

asyncio.run(main())
`

/** An exception the program does not catch, raised in an async generator. */
export const failing = `import asyncio

async def numbers():
    yield 1
    raise ValueError("no more numbers")

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
`

/** Many events: over a thousand steps from a short program. */
export const busy = `import asyncio

async def numbers(n):
    for i in range(n):
        yield i

async def main():
    total = 0
    async for n in numbers(200):
        total += n
    print(total)

asyncio.run(main())
`
