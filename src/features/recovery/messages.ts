import { messages } from '../../lib/messages';

/** Words of the recovery screen, shown instead of a blank page when something breaks. */
export const t = messages('features/recovery/messages', {
  en: {
    title: 'Something went wrong',
    reload: 'Reload',
    body: 'This screen ran into a problem. Your settings and journal are safe on this device.',
    export: 'Export my data',
    exportHint: 'If it keeps happening, a backup file keeps a copy of everything Lull holds.',
    home: 'Go to Tonight',
  },
});
