import { computed, signal } from '@preact/signals';
import type { SettingsAccess } from '../../lib/settings/settings-access';
import type { RoutineGuides } from './routine-guides';
import { t } from './messages';
import { addStep, changeStep, moveStep, removeStep } from './routine-edit';
import type { RoutineSettings, RoutineStep } from './routine-settings';
import { addableSteps, normalizeSteps, routineOf, stepKey } from './routine-steps';
import { stepName } from './step-text';

/** The control that should have focus after an edit: a step's button, or the add menu. */
export interface FocusRequest {
  key: string;
  control: 'up' | 'down' | 'remove' | 'add';
}

/**
 * The routine editor: add, remove, reorder and set the options of steps, each change kept in
 * the settings at once. It says what happened in a polite announcement, and names the control
 * that keeps focus, so moving a step by keyboard never loses the person's place.
 */
export function createRoutineEditor({
  settings,
  guides,
}: {
  settings: SettingsAccess<{ routine: RoutineSettings }>;
  guides: RoutineGuides;
}) {
  const steps = computed(() => routineOf(settings.settings.value));
  const announcement = signal({ text: '', id: 0 });
  const focus = signal<FocusRequest | null>(null);
  const editing = signal(false);

  const say = (text: string) => (announcement.value = { text, id: announcement.value.id + 1 });
  const keep = (next: RoutineStep[]) => settings.update('routine.steps', normalizeSteps(next));

  function move(index: number, delta: -1 | 1) {
    const current = steps.peek();
    const step = current[index];
    if (!step) return;
    const next = moveStep(current, index, delta);
    const control = delta < 0 ? 'up' : 'down';
    focus.value = { key: stepKey(step), control };
    const name = stepName(step);
    if (!next) return say(delta < 0 ? t('edit.first', { name }) : t('edit.last', { name }));
    keep(next);
    say(t('edit.moved', { name, place: index + delta + 1, count: next.length }));
  }

  return {
    steps,
    /** What the routine knows of the features it hosts, for the steps' options. */
    guides,
    /** The steps that can be added now. */
    addable: computed(() => addableSteps(steps.value)),
    /** True once the person has a routine of their own (not Lull's default). */
    own: computed(() => settings.settings.value.routine.steps.length > 0),
    editing,
    announcement,
    focus,
    open() {
      editing.value = true;
    },
    close() {
      editing.value = false;
      announcement.value = { text: '', id: announcement.value.id + 1 };
    },
    moveUp: (index: number) => move(index, -1),
    moveDown: (index: number) => move(index, 1),
    add(step: RoutineStep) {
      const next = addStep(steps.peek(), step);
      keep(next);
      focus.value = { key: stepKey(step), control: 'remove' };
      const place = next.findIndex((candidate) => stepKey(candidate) === stepKey(step)) + 1;
      say(t('edit.added', { name: stepName(step), place, count: next.length }));
    },
    remove(index: number) {
      const current = steps.peek();
      const step = current[index];
      if (!step) return;
      const next = removeStep(current, index);
      if (!next) {
        focus.value = { key: stepKey(step), control: 'remove' };
        return say(t('edit.needOne'));
      }
      keep(next);
      // Focus goes on to the step that took its place (or the one before, or the add menu).
      const neighbour = next[index] ?? next[index - 1];
      focus.value = neighbour ? { key: stepKey(neighbour), control: 'remove' } : null;
      say(t('edit.removed', { name: stepName(step) }));
    },
    /** Sets a step's options. */
    change(index: number, step: RoutineStep) {
      keep(changeStep(steps.peek(), index, step));
    },
    /** Back to Lull's own routine. */
    reset() {
      settings.update('routine.steps', []);
      focus.value = { key: '', control: 'add' };
      say(t('edit.reset'));
    },
  };
}

/** The routine editor's interface. */
export type RoutineEditor = ReturnType<typeof createRoutineEditor>;
