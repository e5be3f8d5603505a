import { Button } from '../../ui/Button';
import type { HostedView } from './routine-host';
import { t } from './messages';
import { RoutineEditorPanel } from './RoutineEditorPanel';
import type { RoutineEditor } from './routine-editor';
import type { RoutineModel } from './routine-model';
import { stepKey } from './routine-steps';
import { formatMinutes, stepName } from './step-text';
import { StepSummary } from './StepSummary';

/** Before the routine: its steps and length, the way to start, and the way to change it. */
export function RoutineOverview({
  model,
  editor,
}: {
  model: RoutineModel<HostedView>;
  editor: RoutineEditor;
}) {
  if (editor.editing.value) return <RoutineEditorPanel editor={editor} />;
  const steps = model.routine.value;
  return (
    <div class="routine-overview">
      <p>{t('intro')}</p>
      <ol class="routine-list">
        {steps.map((step) => (
          <li key={stepKey(step)}>
            <span class="routine-list-name">{stepName(step)}</span>
            <StepSummary step={step} guides={model.guides} />
          </li>
        ))}
      </ol>
      <Button onClick={editor.open}>{t('edit')}</Button>
      {/* Kept in reach above the navigation, however long the routine. */}
      <div class="routine-start-bar">
        <p>{t('length', { duration: formatMinutes(model.lengthMs.value) })}</p>
        <Button variant="primary" class="button routine-start" onClick={model.start}>
          {t('start')}
        </Button>
      </div>
    </div>
  );
}
