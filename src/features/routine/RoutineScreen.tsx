import './routine.css';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { Screen } from '../../ui/Screen';
import { AwayCard } from './AwayCard';
import { t } from './messages';
import { RoutineEnd } from './RoutineEnd';
import { RoutineOverview } from './RoutineOverview';
import type { RoutineEditor } from './routine-editor';
import type { HostedView } from './routine-host';
import type { RoutineModel } from './routine-model';
import { RoutineRunner } from './RoutineRunner';

/** What the routine screen shows, handed over by the composition root. */
export interface RoutineParts {
  /** One model for the app's life: a routine keeps running while another screen is open. */
  model: RoutineModel<HostedView>;
  editor: RoutineEditor;
  /** The sounds' player, shown after lights out. */
  Player: ComponentType;
}

/** /routine: the nightly wind-down, one calm step at a time, and the editor of its steps. */
export function RoutineScreen({ model, editor, Player }: RoutineParts) {
  useEffect(() => model.freshen(), [model]);
  const status = model.status.value;
  return (
    <Screen title={t('title')}>
      {status === 'setup' && <RoutineOverview model={model} editor={editor} />}
      {(status === 'running' || status === 'paused') && <RoutineRunner model={model} />}
      {status === 'away' && <AwayCard model={model} />}
      {status === 'done' && <RoutineEnd model={model} Player={Player} />}
    </Screen>
  );
}
