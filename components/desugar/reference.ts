// The expansion of `async for`, word for word from the Python language reference ("The async for statement").

export const referenceExpansion = `iter = (ITER)
iter = type(iter).__aiter__(iter)
running = True

while running:
    try:
        TARGET = await type(iter).__anext__(iter)
    except StopAsyncIteration:
        running = False
    else:
        SUITE
else:
    SUITE2`
