import { describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/next-task';

describe('yielding to the main thread', () => {
  it('uses scheduler.yield() where the browser has it', async () => {
    const yieldTask = vi.fn(() => Promise.resolve());
    await nextTask({ yield: yieldTask });
    expect(yieldTask).toHaveBeenCalledOnce();
  });

  it('resumes in a new task from a timer elsewhere', async () => {
    vi.useFakeTimers();
    let resumed = false;
    void nextTask({}).then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed, 'within the same task').toBe(false);
    await vi.runAllTimersAsync();
    expect(resumed).toBe(true);
    vi.useRealTimers();
  });
});
