import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the update prompt. */
export default {
  ready: 'Готова новая версия Lull.',
  apply: 'Обновить',
  later: 'Позже',
  elsewhereBusy:
    'Lull обновился в другой вкладке. Эта вкладка продолжит работу и обновится, когда вы закончите.',
  elsewhereDone: 'Lull обновился в другой вкладке. Обновите эту, чтобы перейти на новую версию.',
} satisfies Translation<typeof t>;
