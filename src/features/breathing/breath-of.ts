import { presetBreaths } from '../../lib/guides/breath-presets';
import type { Breath } from '../../lib/guides/breath-timing';
import type { PatternId } from '../../lib/guides/breath-patterns';
import type { BreathingSettings } from './breathing-settings';

/**
 * The breath of a pattern: the preset (Long exhale with the out-breath chosen), or the custom
 * timings. A module of its own: Tonight's routine preview needs it, and none of the running
 * session's code (its saving, parsing and clock), which would otherwise load with Tonight.
 */
export function breathOf(id: PatternId, settings: BreathingSettings): Breath {
  if (id === 'custom') return { ...settings.custom };
  if (id === 'long-exhale') return { ...presetBreaths[id], exhale: settings.longExhale };
  return presetBreaths[id];
}
