// The step-through's position in a recorded run: stepping, playing at a chosen speed, and the current step.
import { computed, onBeforeUnmount, ref, watch } from 'vue'
import type { Trace } from '../../playground/trace/trace'

/** Playing speeds, in steps per second. */
export const speeds = [1, 2, 4, 8, 16] as const

export function useStepper(trace: () => Trace) {
  const index = ref(0)
  const playing = ref(false)
  const speed = ref<number>(2)
  let timer: ReturnType<typeof setInterval> | undefined
  const count = computed(() => trace().steps.length)
  const step = computed(() => trace().steps[index.value])

  function go(to: number): void {
    index.value = Math.max(0, Math.min(count.value - 1, Math.round(to)))
    if (index.value >= count.value - 1) pause()
  }

  function pause(): void {
    clearInterval(timer)
    timer = undefined
    playing.value = false
  }

  function play(): void {
    pause()
    if (index.value >= count.value - 1) index.value = 0
    playing.value = true
    timer = setInterval(() => go(index.value + 1), 1000 / speed.value)
  }

  watch(speed, () => playing.value && play())
  watch(trace, () => {
    pause()
    index.value = 0
  })
  onBeforeUnmount(pause)

  return {
    index,
    count,
    step,
    playing,
    speed,
    go,
    play,
    pause,
    first: () => go(0),
    previous: () => go(index.value - 1),
    next: () => go(index.value + 1),
    last: () => go(count.value - 1),
  }
}
