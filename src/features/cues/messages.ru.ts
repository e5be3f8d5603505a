import type { Translation } from '../../lib/messages';
import type { t } from './messages';

/** Russian for the cue settings: how the timers tell a person that a change has come. */
export default {
  heading: 'Сигналы',
  about: 'Как таймер дыхания и растяжка сообщают вам о смене этапа.',
  tone: 'Мягкий звук при каждой смене',
  toneVolume: 'Громкость звука',
  sample: 'Прослушать звук',
  vibrate: 'Вибрация при каждой смене',
  vibrateMissing: 'Это устройство или браузер не поддерживает вибрацию.',
  voice: 'Короткое слово при каждой смене («вдох», «задержка», «смените ногу»)',
  voiceMissing: 'На этом устройстве не найден голос, который работает без интернета.',
  still: 'Дыхание без движения',
  stillHint: 'Крупные слова и медленно заполняющаяся полоса вместо растущего круга.',
} satisfies Translation<typeof t>;
