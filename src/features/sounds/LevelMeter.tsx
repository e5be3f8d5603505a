import type { Signal } from '@preact/signals';
import { t } from './messages';

const FLOOR_DB = -100;

function describe(db: number): string {
  if (db <= -70) return t('meter.silent');
  if (db <= -45) return t('meter.soft');
  if (db <= -25) return t('meter.medium');
  return t('meter.loud');
}

/**
 * The output level, measured by an analyser on the mix's output, as a meter for screen
 * readers ("Sound level: soft"). It is not drawn: a moving bar has no place in a dark
 * bedroom. Its `data-level` (dBFS, read-only) is what the browser tests read.
 */
export function LevelMeter({ level }: { level: Signal<number> }) {
  const db = Math.max(FLOOR_DB, Math.round(Number.isFinite(level.value) ? level.value : FLOOR_DB));
  return (
    <meter
      class="visually-hidden"
      min={FLOOR_DB}
      max={0}
      value={db}
      aria-label={t('meter.label')}
      aria-valuetext={describe(db)}
      data-level={db}
    />
  );
}
