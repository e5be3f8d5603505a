import { useLayoutEffect, useId, useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { t } from './messages';
import { canMove } from './routine-edit';
import type { RoutineEditor } from './routine-editor';
import { stepKey } from './routine-steps';
import { stepName } from './step-text';
import { StepOptions } from './StepOptions';
import { StepSummary } from './StepSummary';

/**
 * Changing the routine: each step can move up or down by its buttons (keyboard and touch
 * alike, no dragging), be removed, or have its options set; steps can be added. Focus stays
 * on the control used, and a polite announcement says what happened.
 */
export function RoutineEditorPanel({ editor }: { editor: RoutineEditor }) {
  const steps = editor.steps.value;
  const addable = editor.addable.value;
  const request = editor.focus.value;
  const controls = useRef(new Map<string, HTMLElement | null>());
  const heading = useRef<HTMLHeadingElement>(null);
  const addId = useId();
  const [toAdd, setToAdd] = useState('');
  const chosen = addable.find((step) => stepKey(step) === toAdd) ?? addable[0];

  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), []);
  // After an edit, focus goes back to the control that made it, wherever its step now is.
  useLayoutEffect(() => {
    if (!request) return;
    controls.current.get(`${request.key}:${request.control}`)?.focus();
    editor.focus.value = null;
  }, [request, steps, editor]);
  const control = (key: string, name: string) => (element: HTMLElement | null) =>
    void controls.current.set(`${key}:${name}`, element);

  const { text, id } = editor.announcement.value;
  return (
    <section class="routine-editor" aria-labelledby={`${addId}-title`}>
      <h2 id={`${addId}-title`} ref={heading} tabIndex={-1}>
        {t('edit.title')}
      </h2>
      <p class="muted">{t('edit.kept')}</p>
      <ol class="routine-edit-list">
        {steps.map((step, index) => {
          const key = stepKey(step);
          const name = stepName(step);
          const pinned = step.kind === 'sounds';
          return (
            <li key={key} class="card routine-edit-step">
              <p class="routine-list-name">
                {index + 1}. {name}
              </p>
              <StepSummary step={step} guides={editor.guides} />
              {pinned && <p class="muted">{t('edit.pinned')}</p>}
              <div class="button-row routine-edit-buttons">
                {!pinned && (
                  <>
                    <button
                      type="button"
                      class="button"
                      ref={control(key, 'up')}
                      aria-label={t('edit.up.of', { name })}
                      aria-disabled={!canMove(steps, index, -1)}
                      onClick={() => editor.moveUp(index)}
                    >
                      {t('edit.up')}
                    </button>
                    <button
                      type="button"
                      class="button"
                      ref={control(key, 'down')}
                      aria-label={t('edit.down.of', { name })}
                      aria-disabled={!canMove(steps, index, 1)}
                      onClick={() => editor.moveDown(index)}
                    >
                      {t('edit.down')}
                    </button>
                  </>
                )}
                <button
                  type="button"
                  class="button"
                  data-variant="quiet"
                  ref={control(key, 'remove')}
                  aria-label={t('edit.remove.of', { name })}
                  aria-disabled={steps.length === 1}
                  onClick={() => editor.remove(index)}
                >
                  {t('edit.remove')}
                </button>
              </div>
              <StepOptions step={step} index={index} editor={editor} name={name} />
            </li>
          );
        })}
      </ol>
      {addable.length > 0 && chosen ? (
        <div class="routine-add">
          <label for={addId}>{t('edit.add')}</label>
          <select
            id={addId}
            ref={control('', 'add')}
            value={stepKey(chosen)}
            onChange={(event) => setToAdd(event.currentTarget.value)}
          >
            {addable.map((step) => (
              <option key={stepKey(step)} value={stepKey(step)}>
                {stepName(step)}
              </option>
            ))}
          </select>
          <Button onClick={() => editor.add(chosen)}>{t('edit.addButton')}</Button>
        </div>
      ) : (
        <p class="muted">{t('edit.nothingToAdd')}</p>
      )}
      {/* Always in the page, so each change is announced. */}
      <p class="visually-hidden" role="status" aria-live="polite">
        {text && <span key={id}>{text}</span>}
      </p>
      <div class="button-row">
        <Button variant="primary" onClick={editor.close}>
          {t('edit.close')}
        </Button>
        {editor.own.value && <Button onClick={editor.reset}>{t('edit.resetButton')}</Button>}
      </div>
    </section>
  );
}
