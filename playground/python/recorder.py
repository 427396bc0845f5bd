"""The step-through recorder: the reader's program event by event (sys.monitoring, PEP 669), with its locals, tasks, clock and output."""
import ast
import asyncio
import inspect
import json
import reprlib
import sys
import time

_monitoring = sys.monitoring
_events = _monitoring.events
_TOOL = _monitoring.DEBUGGER_ID
PROGRAM = "main.py"
KINDS = {
    _events.PY_START: "start",
    _events.PY_RESUME: "resume",
    _events.PY_YIELD: "yield",
    _events.PY_RETURN: "return",
    _events.PY_UNWIND: "unwind",
    _events.LINE: "line",
}
# Events a callback may switch off for one place in the code (PY_UNWIND is not one of them).
_LOCAL = {_events.PY_START, _events.PY_RESUME, _events.PY_YIELD, _events.PY_RETURN, _events.LINE}
_ASYNC_FRAMES = inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR
_MAX_LOCALS = 12
_MAX_REPR = 80
_short = reprlib.Repr(maxstring=40, maxother=40, maxlist=6, maxtuple=6, maxset=6, maxdict=4, maxlevel=2)


def async_for_regions(source):
    """Each `async for` of the program: the function it is in (as co_qualname) and its lines."""
    try:
        tree = ast.parse(source, PROGRAM)
    except SyntaxError:
        return []
    regions = []

    def span(nodes):
        return [nodes[0].lineno, max(node.end_lineno for node in nodes)] if nodes else None

    def visit(node, qualname, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                visit(child, name, name + ".<locals>.")
            elif isinstance(child, ast.Lambda):
                visit(child, prefix + "<lambda>", prefix + "<lambda>.<locals>.")
            elif isinstance(child, ast.ClassDef):
                visit(child, prefix + child.name, prefix + child.name + ".")
            else:
                if isinstance(child, ast.AsyncFor):
                    regions.append({
                        "func": qualname,
                        "header": [child.lineno, max(child.iter.end_lineno, child.target.end_lineno)],
                        "body": span(child.body),
                        "orelse": span(child.orelse),
                    })
                visit(child, qualname, prefix)

    visit(tree, "<module>", "")
    return regions


def _code_kind(code):
    flags = code.co_flags
    if flags & inspect.CO_ASYNC_GENERATOR:
        return "async-generator"
    if flags & inspect.CO_COROUTINE:
        return "coroutine"
    if flags & inspect.CO_GENERATOR:
        return "generator"
    return "module" if code.co_name == "<module>" else "function"


def _yield_detail(code, value):
    """What a yield was: an await that suspends the frame, or a value handed to the consumer."""
    if type(value).__name__ == "async_generator_wrapped_value":  # opaque: the value reaches the consumer
        return ["value", None]
    if code.co_flags & _ASYNC_FRAMES:
        return ["await"]
    return ["value", describe(value)]


def _error_text(error):
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 1] + "…"


_PLAIN = {int, float, bool, type(None)}


def describe(value):
    """A short, readable stand-in for a value: no memory addresses for functions, coroutines and tasks."""
    kind = type(value)
    if kind in _PLAIN or (kind is str and len(value) <= 40):
        text = repr(value)
        return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 1] + "…"
    try:
        if isinstance(value, asyncio.Task):
            return f"<Task {value.get_name()}>"
        if inspect.iscoroutine(value):
            return f"<coroutine {value.__qualname__}>"
        if inspect.isasyncgen(value):
            return f"<async_generator {value.__qualname__}>"
        if inspect.isgenerator(value):
            return f"<generator {value.__qualname__}>"
        if inspect.isfunction(value) or inspect.isbuiltin(value):
            return f"<function {value.__qualname__}>"
        if inspect.isclass(value):
            return f"<class {value.__qualname__}>"
        text = _short.repr(value)
    except Exception as error:  # a __repr__ of the reader's that fails
        text = f"<repr failed: {type(error).__name__}>"
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 1] + "…"


class _Tee:
    """A stream that keeps what the program writes, so each step knows the output up to it."""

    def __init__(self, recorder, name, inner):
        self._recorder, self._name, self._inner = recorder, name, inner

    def write(self, text):
        self._recorder.wrote(self._name, text)
        return self._inner.write(text)

    def __getattr__(self, name):
        return getattr(self._inner, name)


class Recorder:
    """Records while started; `stop()` returns the trace as JSON (see playground/trace/trace.ts)."""

    def __init__(self, source, limit):
        self.source = source
        self.limit = limit
        self.steps = []
        self.funcs = []
        self._func_index = {}
        self._frames = {}
        self.tasks = []
        self._task_index = {}
        self._harness = None
        self.snapshots = []
        self._last_snapshot = None
        self.output = []
        self._out_len = 0
        self.cut = False
        self._busy = False
        self._t0 = None
        self._wake = {}
        self._patched = {}
        self._streams = None

    # Output

    def wrote(self, stream, text):
        text = str(text)
        if self.output and self.output[-1][0] == stream:
            self.output[-1][1] += text
        else:
            self.output.append([stream, text])
        self._out_len += len(text)

    # Tasks

    def _remember_timers(self, loop):
        """asyncio.sleep() wakes its task through loop.call_later(delay, …, future): note when."""
        cls = type(loop)
        if cls in self._patched:
            return
        original = cls.call_later
        wake = self._wake

        def call_later(loop, delay, callback, *args, **kwargs):
            if args and isinstance(args[0], asyncio.Future):
                wake[id(args[0])] = (args[0], loop.time() + delay)
            return original(loop, delay, callback, *args, **kwargs)

        self._patched[cls] = original
        cls.call_later = call_later

    def _task(self, task):
        index = self._task_index.get(id(task))
        if index is None:
            index = self._task_index[id(task)] = len(self.tasks)
            coro = task.get_coro()
            self.tasks.append([task, task.get_name(), getattr(coro, "__qualname__", None)])
        return index

    def _waiting(self, task):
        chain = []
        awaited = task.get_coro()
        while awaited is not None and len(chain) < 6:
            awaited = getattr(awaited, "cr_await", None) or getattr(awaited, "gi_yieldfrom", None)
            if inspect.iscoroutine(awaited) or inspect.isgenerator(awaited):
                chain.append(awaited.__qualname__)
            elif type(awaited).__name__ in ("async_generator_asend", "async_generator_athrow"):
                chain.append("anext()" if type(awaited).__name__.endswith("asend") else "athrow()")
                break
            else:
                break
        future = getattr(task, "_fut_waiter", None)
        if future is None:
            return ["waiting", chain, "ready", None, None]
        if isinstance(future, asyncio.Task):
            return ["waiting", chain, "task", None, self._task(future)]
        timer = self._wake.get(id(future))
        if timer and timer[0] is future:
            return ["waiting", chain, "sleep", self._ms(timer[1]), None]
        return ["waiting", chain, "future", None, None]

    def _snapshot(self, current):
        loop = asyncio._get_running_loop()
        if loop is not None:
            self._remember_timers(loop)
            for task in asyncio.all_tasks(loop):
                if task is not self._harness:
                    self._task(task)
        states = []
        for task, _, _ in self.tasks:
            if task is current:
                states.append(["running"])
            elif task.done():
                if task.cancelled():
                    states.append(["done", "cancelled", None])
                elif task.exception() is not None:
                    states.append(["done", "exception", type(task.exception()).__name__])
                else:
                    states.append(["done", "result", describe(task.result())])
            else:
                states.append(self._waiting(task))
        if states != self._last_snapshot:
            self.snapshots.append(states)
            self._last_snapshot = states
        return len(self.snapshots) - 1

    # Events

    def _ms(self, moment):
        return round((moment - self._t0) * 1000, 3)

    def _now(self):
        moment = time.monotonic()
        if self._t0 is None:
            self._t0 = moment
        return self._ms(moment)

    def _locals(self, frame, code):
        if code.co_name == "<module>":
            items = [(name, value) for name, value in frame.f_globals.items()
                     if not name.startswith("__") and not inspect.ismodule(value)]
        else:
            items = list(frame.f_locals.items())
        return [[str(name), describe(value)] for name, value in items[:_MAX_LOCALS]]

    def _record(self, kind, code, line, detail):
        frame = sys._getframe(2)
        if kind == "start":
            self._frames[id(frame)] = len(self._frames)
            if self._harness is None and code.co_name == "<module>":
                self._harness = asyncio.current_task(asyncio._get_running_loop()) if asyncio._get_running_loop() else None
        func = self._func_index.get(code)
        if func is None:
            func = self._func_index[code] = len(self.funcs)
            self.funcs.append([code.co_qualname, _code_kind(code)])
        loop = asyncio._get_running_loop()
        current = asyncio.current_task(loop) if loop is not None else None
        task = None if current is None or current is self._harness else self._task(current)
        self.steps.append([
            kind,
            func,
            line if line is not None else (frame.f_lineno or code.co_firstlineno),
            self._frames.setdefault(id(frame), len(self._frames)),
            task,
            self._now(),
            self._out_len,
            self._locals(frame, code),
            self._snapshot(current),
            detail,
        ])
        if len(self.steps) >= self.limit:
            self.cut = True
            _monitoring.set_events(_TOOL, 0)

    def _callback(self, event):
        kind = KINDS[event]
        local = event in _LOCAL

        def callback(code, *args):
            if code.co_filename != PROGRAM:
                return _monitoring.DISABLE if local else None
            if self._busy:  # the reader's __repr__, called while describing a value
                return None
            self._busy = True
            try:
                if kind == "line":
                    self._record(kind, code, args[0], None)
                elif kind == "yield":
                    self._record(kind, code, None, _yield_detail(code, args[1]))
                elif kind == "return":
                    self._record(kind, code, None, ["value", describe(args[1])])
                elif kind == "unwind":
                    self._record(kind, code, None, ["raise", _error_text(args[1])])
                else:
                    self._record(kind, code, None, None)
            finally:
                self._busy = False
            return None

        return callback

    def start(self):
        _monitoring.use_tool_id(_TOOL, "step-through")
        for event in KINDS:
            _monitoring.register_callback(_TOOL, event, self._callback(event))
        _monitoring.restart_events()
        self._streams = (sys.stdout, sys.stderr)
        sys.stdout = _Tee(self, "stdout", sys.stdout)
        sys.stderr = _Tee(self, "stderr", sys.stderr)
        _monitoring.set_events(_TOOL, sum(KINDS))

    def stop(self):
        """Stops recording and gives the trace, as JSON."""
        _monitoring.set_events(_TOOL, 0)
        for event in KINDS:
            _monitoring.register_callback(_TOOL, event, None)
        _monitoring.free_tool_id(_TOOL)
        if self._streams:
            sys.stdout, sys.stderr = self._streams
        for cls, original in self._patched.items():
            cls.call_later = original
        return json.dumps({
            "source": self.source,
            "funcs": self.funcs,
            "steps": self.steps,
            "tasks": [[name, coro] for _, name, coro in self.tasks],
            "snapshots": self.snapshots,
            "regions": async_for_regions(self.source),
            "output": self.output,
            "cut": self.cut,
            "limit": self.limit,
        })
