import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createRoutinePreview } from '../../../src/features/routine/routine-preview';
import type { Settings } from '../../../src/app/settings-schema';
import { guidesOf, settingsWith } from '../../support/stores';

// Only the settings signal is read; the rest of SettingsAccess is never touched here.
const accessTo = (settings: ReturnType<typeof signal<Settings>>) =>
  ({ settings }) as unknown as Parameters<typeof createRoutinePreview>[0];

describe('the routine preview on Tonight', () => {
  it('says the default routine’s length and lists its steps in order', () => {
    const settings = signal(settingsWith({}));
    const [length, steps] = createRoutinePreview(
      accessTo(settings),
      guidesOf(settings.value),
    ).value;
    expect(length).toMatch(/21 min/);
    expect(steps.split(', ').length).toBeGreaterThan(2);
    expect(steps).toMatch(/ and /);
  });

  it('follows the person’s own routine once they change it', () => {
    const settings = signal(settingsWith({}));
    const preview = createRoutinePreview(accessTo(settings), guidesOf(settings.value));
    const before = preview.value[1];
    settings.value = settingsWith({ routine: { steps: [{ kind: 'habit', habit: 'air' }] } });
    expect(preview.value[1]).not.toBe(before);
    expect(preview.value[1]).not.toMatch(/ and /);
  });
});
