import { createRoutineGuides } from '../../../src/app/parts/routine-guides';
import { settingsPart } from '../../../src/lib/settings/settings-access';
import { settingsSpec } from '../../../src/app/settings-schema';
import { describe, expect, it } from 'vitest';
import {
  addStep,
  canMove,
  changeStep,
  moveStep,
  removeStep,
} from '../../../src/features/routine/routine-edit';
import { createRoutineEditor } from '../../../src/features/routine/routine-editor';
import type { RoutineStep } from '../../../src/features/routine/routine-settings';
import { defaultRoutine, stepKey } from '../../../src/features/routine/routine-steps';
import { createSettingsModel } from '../../../src/lib/settings/settings-model';
import { openKeyValueStore } from '../../../src/lib/storage/kv';

const keys = (steps: readonly RoutineStep[] | null) => steps?.map(stepKey);
const socks: RoutineStep = { kind: 'habit', habit: 'socks' };
const air: RoutineStep = { kind: 'habit', habit: 'air' };
const sounds: RoutineStep = { kind: 'sounds', preset: '', timerMinutes: 30 };

describe('editing a routine', () => {
  it('moves a step up or down one place', () => {
    expect(keys(moveStep([socks, air, sounds], 1, -1))).toEqual([
      'habit:air',
      'habit:socks',
      'sounds',
    ]);
    expect(keys(moveStep([socks, air, sounds], 0, 1))).toEqual([
      'habit:air',
      'habit:socks',
      'sounds',
    ]);
  });

  it('never moves past either end, and lights out stays last', () => {
    expect(moveStep([socks, air, sounds], 0, -1)).toBeNull();
    expect(moveStep([socks, air, sounds], 1, 1)).toBeNull();
    expect(moveStep([socks, air, sounds], 2, -1)).toBeNull();
    expect(canMove([socks, air], 1, 1)).toBe(false);
    expect(canMove([socks, air], 1, -1)).toBe(true);
  });

  it('adds a step before lights out, and lights out at the end', () => {
    expect(keys(addStep([socks, sounds], air))).toEqual(['habit:socks', 'habit:air', 'sounds']);
    expect(keys(addStep([socks], air))).toEqual(['habit:socks', 'habit:air']);
    expect(keys(addStep([socks, air], sounds))).toEqual(['habit:socks', 'habit:air', 'sounds']);
  });

  it('removes a step, but never the last one left', () => {
    expect(keys(removeStep([socks, air], 0))).toEqual(['habit:air']);
    expect(removeStep([socks], 0)).toBeNull();
    expect(removeStep([socks, air], 5)).toBeNull();
  });

  it('changes a step’s options but never its kind', () => {
    const breathing: RoutineStep = { kind: 'breathing', pattern: 'box', minutes: 4 };
    const changed = changeStep([socks, breathing], 1, { ...breathing, minutes: 8 });
    expect(changed[1]).toEqual({ kind: 'breathing', pattern: 'box', minutes: 8 });
    expect(changeStep([socks, breathing], 1, air)[1]).toEqual(breathing);
  });
});

describe('the routine editor', () => {
  function setup() {
    const name = `routine-editor-${Math.random().toString(36).slice(2)}`;
    const settings = createSettingsModel(
      settingsSpec,
      { settings: openKeyValueStore(`${name}-s`), journal: openKeyValueStore(`${name}-j`) },
      { channel: null },
    );
    return {
      settings,
      editor: createRoutineEditor({
        settings: settingsPart(settings),
        guides: createRoutineGuides(settings),
      }),
    };
  }

  it('starts from Lull’s routine and keeps the first change as the person’s own', () => {
    const { editor, settings } = setup();
    expect(editor.steps.value).toEqual(defaultRoutine);
    expect(editor.own.value).toBe(false);
    editor.moveDown(0);
    expect(editor.own.value).toBe(true);
    expect(keys(settings.settings.value.routine.steps)?.slice(0, 2)).toEqual([
      'habit:lights',
      'habit:screens',
    ]);
  });

  it('keeps focus on the moved step’s button and says where it went', () => {
    const { editor } = setup();
    editor.moveUp(2);
    expect(editor.focus.value).toEqual({ key: 'habit:drink', control: 'up' });
    expect(editor.announcement.value.text).toBe('Warm caffeine-free drink moved to step 2 of 8.');
    editor.moveUp(0);
    expect(editor.announcement.value.text).toBe('Screens away is already the first step.');
    expect(editor.focus.value).toEqual({ key: 'habit:screens', control: 'up' });
    editor.moveDown(6);
    expect(editor.announcement.value.text).toBe('Slow breathing cannot move further down.');
  });

  it('adds and removes steps, and says so', () => {
    const { editor } = setup();
    expect(keys(editor.addable.value)).toEqual(['habit:warm', 'habit:air']);
    editor.add(air);
    expect(keys(editor.steps.value)?.slice(-2)).toEqual(['habit:air', 'sounds']);
    expect(editor.announcement.value.text).toBe('Air the room added as step 8 of 9.');
    expect(keys(editor.addable.value)).toEqual(['habit:warm']);
    editor.remove(0);
    expect(editor.steps.value[0]).toEqual({ kind: 'habit', habit: 'lights' });
    expect(editor.focus.value).toEqual({ key: 'habit:lights', control: 'remove' });
    expect(editor.announcement.value.text).toBe('Screens away removed.');
  });

  it('never leaves a routine without a step', () => {
    const { editor } = setup();
    for (let count = 8; count > 1; count -= 1) editor.remove(0);
    expect(editor.steps.value).toHaveLength(1);
    editor.remove(0);
    expect(editor.steps.value).toHaveLength(1);
    expect(editor.announcement.value.text).toBe('A routine needs one step at least.');
  });

  it('sets a step’s options, and goes back to Lull’s routine on request', () => {
    const { editor } = setup();
    editor.change(6, { kind: 'breathing', pattern: '4-7-8', minutes: 2 });
    expect(editor.steps.value[6]).toEqual({ kind: 'breathing', pattern: '4-7-8', minutes: 2 });
    editor.reset();
    expect(editor.steps.value).toEqual(defaultRoutine);
    expect(editor.own.value).toBe(false);
  });
});
