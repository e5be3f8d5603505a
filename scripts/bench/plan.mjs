// The bench's table: every figure in order, with its budget.
import { budgets as sizeBudgets } from '../measure-size.mjs';
import { soundCpuMetrics } from './sound-cpu-rows.mjs';

/** @typedef {{ key: string, label: string, unit: string, budget?: number, better: 'lower' | 'higher', digits?: number }} Metric */

/** Every figure, in table order, with the budget the issues give (none: reported only). */
/** @type {Array<{ source: string, metrics: Metric[] }>} */
export const plan = [
  {
    source: 'size',
    metrics: [
      {
        key: 'firstLoadJsGzip',
        label: 'First-load JS (gzip)',
        unit: 'KB',
        budget: sizeBudgets.firstLoadJsGzip / 1000,
        better: 'lower',
        digits: 1,
      },
      { key: 'cssGzip', label: 'CSS (gzip)', unit: 'KB', better: 'lower', digits: 1 },
      {
        key: 'precacheBytes',
        label: 'Precache total',
        unit: 'KB',
        budget: sizeBudgets.precacheBytes / 1000,
        better: 'lower',
        digits: 1,
      },
    ],
  },
  {
    source: 'lighthouse',
    metrics: [
      {
        key: 'performance',
        label: 'Lighthouse performance (mobile, median of 5)',
        unit: '',
        budget: 98,
        better: 'higher',
      },
      {
        key: 'accessibility',
        label: 'Lighthouse accessibility',
        unit: '',
        budget: 100,
        better: 'higher',
      },
      {
        key: 'bestPractices',
        label: 'Lighthouse best practices',
        unit: '',
        budget: 100,
        better: 'higher',
      },
      {
        key: 'lcpMs',
        label: 'Largest contentful paint',
        unit: 'ms',
        budget: 1200,
        better: 'lower',
      },
      { key: 'tbtMs', label: 'Blocking time, median', unit: 'ms', budget: 30, better: 'lower' },
      { key: 'tbtWorstMs', label: 'Blocking time, worst', unit: 'ms', budget: 60, better: 'lower' },
    ],
  },
  {
    source: 'breathing',
    metrics: [
      {
        key: 'largestPhaseGapMs',
        label: 'Breathing timer: largest phase-change gap (10 min, 5 hide/show)',
        unit: 'ms',
        budget: 50,
        better: 'lower',
      },
      {
        key: 'realTimeLargestPhaseGapMs',
        label: 'Breathing timer: largest gap, 60 s in real time',
        unit: 'ms',
        better: 'lower',
      },
      {
        key: 'mainThreadMsPerMinute',
        label: 'Breathing session: main-thread time per minute',
        unit: 'ms',
        better: 'lower',
      },
    ],
  },
  {
    source: 'sounds',
    metrics: [
      {
        key: 'renderSpeedX',
        label: 'Sound mix (4 layers): render speed',
        unit: 'x real time',
        budget: 50,
        better: 'higher',
        digits: 0,
      },
      {
        key: 'bufferMB',
        label: 'Sound mix: audio buffer memory',
        unit: 'MB',
        budget: 24,
        better: 'lower',
        digits: 1,
      },
      {
        key: 'cpuSecondsPerMinutePlaying',
        label: 'Sound mix: CPU per minute playing',
        unit: 's',
        better: 'lower',
        digits: 2,
      },
      {
        key: 'cpuSecondsPerMinuteSilent',
        label: 'Same page silent: CPU per minute',
        unit: 's',
        better: 'lower',
        digits: 2,
      },
    ],
  },
  // The whole browser's CPU: Lull's mix against a plain page looping buffers, side by side.
  { source: 'sound-cpu', metrics: soundCpuMetrics },
  {
    // 100,000 subscriptions over 30 time zones, 5,000 due in one minute (scripts/bench/push-load.mjs).
    source: 'push-load',
    metrics: [
      {
        key: 'sendsPerSecond',
        label: 'Push server: reminders sent per second (5,000 due in one minute)',
        unit: '/s',
        better: 'higher',
        digits: 0,
      },
      {
        key: 'lastLatenessMs',
        label: 'Push server: lateness of the last of the 5,000',
        unit: 'ms',
        // A reminder later than the app's 10-minute grace is not sent at all.
        budget: 600_000,
        better: 'lower',
      },
      {
        key: 'serverPeakRssMB',
        label: 'Push server: peak memory (100,000 subscriptions, PGlite)',
        unit: 'MB',
        better: 'lower',
        digits: 0,
      },
    ],
  },
  {
    // 1,100 nights (three years) in the diary; CPU time on the page's main thread.
    source: 'nights',
    metrics: [
      {
        key: 'renderMs',
        label: '/nights with 1,100 stored nights: main-thread time to render',
        unit: 'ms',
        budget: 100,
        better: 'lower',
        digits: 0,
      },
      {
        key: 'renderWallMs',
        label: '/nights: main-thread wall time (counts waits on a busy machine)',
        unit: 'ms',
        better: 'lower',
        digits: 0,
      },
    ],
  },
  {
    source: 'routine',
    metrics: [
      {
        key: 'heapMB',
        label: 'JS heap during a routine with sounds',
        unit: 'MB',
        better: 'lower',
        digits: 1,
      },
    ],
  },
];
