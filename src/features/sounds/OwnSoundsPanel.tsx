import { useRef, useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { soundSource } from '../../lib/guides/sound-layers';
import { ConfirmSheet } from './ConfirmSheet';
import { formatBytes } from './byte-size';
import { SoundLayer } from './SoundLayer';
import { t } from './messages';
import type { SoundsModel } from './sounds-model';
import { acceptAttribute, type UserSound } from './user-sounds';

function sizeText(bytes: number): string {
  const { unit, value } = formatBytes(bytes);
  return unit === 'kb' ? t('size.kb', { value }) : t('size.mb', { value });
}

/** The person's own sounds: add, mix like the others, delete; and the space they use. */
export function OwnSoundsPanel({ model }: { model: SoundsModel }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<UserSound | null>(null);
  const sounds = model.userSounds.value;
  const message = model.importMessage.value;
  return (
    <section aria-labelledby="sounds-own">
      <h2 id="sounds-own">{t('own.heading')}</h2>
      <p class="muted">{t('own.about')}</p>
      {model.storageMode() === 'memory' && (
        <Notice tone="problem">
          <p>{t('own.memory')}</p>
        </Notice>
      )}
      {sounds.length === 0 ? (
        <p>{t('own.none')}</p>
      ) : (
        <ul class="sounds-layers">
          {sounds.map((sound) => {
            const source = soundSource(sound.id);
            return (
              <SoundLayer
                key={sound.id}
                id={`own-${sound.id}`}
                name={sound.name}
                hint={model.unavailable.value.has(sound.id) ? t('own.unavailable') : undefined}
                layer={model.layer(source)}
                onToggle={(on) => model.setLayerOn(source, on)}
                onVolume={(volume) => model.setLayerVolume(source, volume)}
              >
                <Button
                  variant="quiet"
                  aria-label={t('own.deleteLabel', { name: sound.name })}
                  onClick={() => setDeleting(sound)}
                >
                  {t('own.delete')}
                </Button>
              </SoundLayer>
            );
          })}
        </ul>
      )}
      <div class="button-row">
        <Button onClick={() => fileInput.current?.click()} disabled={model.importing.value}>
          {t('own.add')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept={acceptAttribute}
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t('own.add')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void model.importSound(file);
          }}
        />
      </div>
      {message && (
        <Notice tone={message.tone}>
          <p>{message.text}</p>
        </Notice>
      )}
      {sounds.length > 0 && (
        <p class="muted">{t('own.used', { size: sizeText(model.usedBytes.value) })}</p>
      )}
      <ConfirmSheet
        open={deleting !== null}
        title={deleting ? t('own.deleteTitle', { name: deleting.name }) : ''}
        body={t('own.deleteBody')}
        confirm={t('own.deleteConfirm')}
        onConfirm={() => {
          if (deleting) void model.deleteSound(deleting.id);
          setDeleting(null);
        }}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
