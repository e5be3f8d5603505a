import { describe, it, expect } from 'vitest';
import { oneAtATime } from '../../../src/lib/reminders/one-at-a-time';

/** A task that waits for the test to let each run finish, and counts runs and overlaps. */
function gatedTask() {
  const gates: (() => void)[] = [];
  const counts = { runs: 0, running: 0, most: 0 };
  const task = async () => {
    counts.runs += 1;
    counts.running += 1;
    counts.most = Math.max(counts.most, counts.running);
    await new Promise<void>((resolve) => gates.push(resolve));
    counts.running -= 1;
  };
  const finishRun = async () => {
    await Promise.resolve();
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, counts, finishRun };
}

describe('one at a time', () => {
  it('never runs alongside itself; calls meanwhile make one more run, and wait for it', async () => {
    const { task, counts, finishRun } = gatedTask();
    const run = oneAtATime(task);
    let settled = 0;
    const calls = [run(), run(), run(), run()].map((call) => call.then(() => (settled += 1)));
    expect(counts).toMatchObject({ runs: 1, running: 1 });
    await finishRun();
    // The three calls that came in during the first run asked for one more run, not three.
    expect(counts).toMatchObject({ runs: 2, running: 1 });
    expect(settled).toBe(0);
    await finishRun();
    await Promise.all(calls);
    expect(counts).toEqual({ runs: 2, running: 0, most: 1 });
    expect(settled).toBe(4);
  });

  it('starts afresh once idle, and skips the extra run once it is no longer wanted', async () => {
    const { task, counts, finishRun } = gatedTask();
    let wanted = true;
    const run = oneAtATime(task, () => wanted);
    const first = run();
    await finishRun();
    await first;
    expect(counts.runs).toBe(1);
    const second = run();
    void run();
    wanted = false;
    await finishRun();
    await second;
    expect(counts).toEqual({ runs: 2, running: 0, most: 1 });
  });
});
