import { useState } from 'preact/hooks';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ConfirmSheet } from './ConfirmSheet';
import { NameSheet } from './NameSheet';
import { activeLayers } from './mix-layers';
import { t } from './messages';
import type { PresetView } from './presets-model';
import type { SoundsModel } from './sounds-model';

type Editing = { kind: 'save' } | { kind: 'rename' | 'delete'; preset: PresetView } | null;

/** The built-in presets and the person's own: play one, save the mix, rename, delete. */
export function PresetsPanel({ model }: { model: SoundsModel }) {
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const active = model.activePreset.value;
  const mixEmpty = activeLayers(model.mix.value).length === 0;
  const presets = model.presets.value;
  return (
    <section aria-labelledby="sounds-presets">
      <h2 id="sounds-presets">{t('presets.heading')}</h2>
      <ul class="sounds-presets">
        {presets.map((preset) => (
          <li key={preset.id}>
            <Button
              class="button sounds-preset"
              aria-current={preset.id === active?.id ? 'true' : undefined}
              onClick={() => model.applyPreset(preset.id)}
            >
              {preset.name}
            </Button>
            {!preset.builtIn && (
              <span class="sounds-preset-actions">
                <Button
                  variant="quiet"
                  aria-label={t('presets.renameLabel', { name: preset.name })}
                  onClick={() => setEditing({ kind: 'rename', preset })}
                >
                  {t('presets.rename')}
                </Button>
                <Button
                  variant="quiet"
                  aria-label={t('presets.deleteLabel', { name: preset.name })}
                  onClick={() => setEditing({ kind: 'delete', preset })}
                >
                  {t('presets.delete')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {active && <p class="visually-hidden">{t('presets.selected', { name: active.name })}</p>}
      <Button onClick={() => setEditing({ kind: 'save' })} disabled={mixEmpty}>
        {t('presets.save')}
      </Button>
      {mixEmpty && <p class="muted">{t('presets.emptyMix')}</p>}
      {model.presetMessage.value && (
        <Notice tone={model.presetMessage.value.tone}>
          <p>{model.presetMessage.value.text}</p>
        </Notice>
      )}
      <NameSheet
        open={editing?.kind === 'save'}
        title={t('presets.saveTitle')}
        initial={t('presets.defaultName')}
        confirm={t('presets.saveConfirm')}
        onSave={(name) => {
          model.savePreset(name);
          close();
        }}
        onClose={close}
      />
      <NameSheet
        open={editing?.kind === 'rename'}
        title={
          editing?.kind === 'rename' ? t('presets.renameTitle', { name: editing.preset.name }) : ''
        }
        initial={editing?.kind === 'rename' ? editing.preset.name : ''}
        confirm={t('presets.renameConfirm')}
        onSave={(name) => {
          if (editing?.kind === 'rename') model.renamePreset(editing.preset.id, name);
          close();
        }}
        onClose={close}
      />
      <ConfirmSheet
        open={editing?.kind === 'delete'}
        title={
          editing?.kind === 'delete' ? t('presets.deleteTitle', { name: editing.preset.name }) : ''
        }
        body={t('presets.deleteBody')}
        confirm={t('presets.deleteConfirm')}
        onConfirm={() => {
          if (editing?.kind === 'delete') model.deletePreset(editing.preset.id);
          close();
        }}
        onClose={close}
      />
    </section>
  );
}
