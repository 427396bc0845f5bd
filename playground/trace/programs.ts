// Programs the step-through's tests record: each shows one thing the stepper must get right.

/** A heartbeat task runs while `async for` waits on a slow async generator (10 ms between any two wake-ups). */
export const heartbeat = `import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.02)
        yield i

async def heartbeat():
    while True:
        print("tick")
        await asyncio.sleep(0.03)

async def main():
    hb = asyncio.create_task(heartbeat())
    async for x in ticker(2):
        print(x)
    else:
        print("done")
    hb.cancel()

asyncio.run(main())
`

/** A class-based async iterator: __aiter__, __anext__, StopAsyncIteration (it awaits sleep(0) before each number). */
const countdownClass = `class Countdown:
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
`

/** The class iterator counting down in an async for. */
export const countdown = `import asyncio

${countdownClass}
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

/** An async generator that is itself an async for over another: loops inside loops, across frames. */
export const pipeline = `import asyncio

async def numbers():
    for i in range(2):
        yield i

async def doubled():
    async for n in numbers():
        yield n * 2

async def main():
    async for d in doubled():
        print(d)

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

/** Tasks that take turns with sleep(0) only: the same order on every run, however slow the machine. */
export const turns = `import asyncio

${countdownClass}
async def beat():
    for _ in range(3):
        print("beat")
        await asyncio.sleep(0)

async def main():
    task = asyncio.create_task(beat())
    async for n in Countdown(3):
        print(n)
    await task

asyncio.run(main())
`

/**
 * A program that runs another, `source`, and prints, after its output, the events sys.monitoring
 * reports for it as one line of JSON: CPython's own order of events, to compare the stepper with.
 */
export const monitorOf = (source: string) => `import json
import sys

monitoring = sys.monitoring
events = monitoring.events
names = {events.PY_START: "start", events.PY_RESUME: "resume", events.PY_YIELD: "yield", events.PY_RETURN: "return", events.PY_UNWIND: "unwind"}
order = []

def listen(event):
    def callback(code, *args):
        if code.co_filename == "<program>":
            order.append([names[event], code.co_qualname])
    return callback

monitoring.use_tool_id(monitoring.PROFILER_ID, "reference")
for event in names:
    monitoring.register_callback(monitoring.PROFILER_ID, event, listen(event))
monitoring.set_events(monitoring.PROFILER_ID, sum(names))
exec(compile(${JSON.stringify(source)}, "<program>", "exec"), {"__name__": "__main__"})
monitoring.set_events(monitoring.PROFILER_ID, 0)
print(json.dumps(order))
`
