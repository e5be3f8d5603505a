import { soundscapeLabels } from './soundscape-labels';
import { SoundLayer } from './SoundLayer';
import { VolumeSlider } from './VolumeSlider';
import { t } from './messages';
import type { SoundsModel } from './sounds-model';

/** Every built-in soundscape with its switch and volume, and the overall volume. */
export function MixPanel({ model }: { model: SoundsModel }) {
  return (
    <section aria-labelledby="sounds-mix">
      <h2 id="sounds-mix">{t('mix.heading')}</h2>
      <ul class="sounds-layers">
        {model.soundscapes.map((id) => (
          <SoundLayer
            key={id}
            id={`sound-${id}`}
            name={soundscapeLabels[id].name()}
            hint={soundscapeLabels[id].hint()}
            layer={model.layer(id)}
            onToggle={(on) => model.setLayerOn(id, on)}
            onVolume={(volume) => model.setLayerVolume(id, volume)}
          />
        ))}
      </ul>
      <div class="sounds-master">
        <label for="sounds-master">{t('master.label')}</label>
        <VolumeSlider
          id="sounds-master"
          label={t('master.label')}
          value={model.prefs.value.masterVolume}
          onChange={(volume) => model.setMaster(volume)}
        />
      </div>
    </section>
  );
}
