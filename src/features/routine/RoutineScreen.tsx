// The routine hosts the other features' sessions: their models and components, and their CSS.
import '../breathing/breathing.css';
import '../stretches/stretches.css';
import '../sounds/sounds.css';
import './routine.css';
import { useEffect } from 'preact/hooks';
import { Screen } from '../../ui/Screen';
import { appHost } from './app-host';
import { AwayCard } from './AwayCard';
import { t } from './messages';
import { RoutineEnd } from './RoutineEnd';
import { RoutineOverview } from './RoutineOverview';
import { createRoutineEditor } from './routine-editor';
import { createRoutineModel } from './routine-model';
import { RoutineRunner } from './RoutineRunner';

// One model for the app's life: a routine keeps running while another screen is open.
const model = createRoutineModel({ host: appHost });
const editor = createRoutineEditor();

/** /routine: the nightly wind-down, one calm step at a time, and the editor of its steps. */
export function RoutineScreen() {
  useEffect(() => model.freshen(), []);
  const status = model.status.value;
  return (
    <Screen title={t('title')}>
      {status === 'setup' && <RoutineOverview model={model} editor={editor} />}
      {(status === 'running' || status === 'paused') && <RoutineRunner model={model} />}
      {status === 'away' && <AwayCard model={model} />}
      {status === 'done' && <RoutineEnd model={model} />}
    </Screen>
  );
}
