import './nights.css';
import { useEffect } from 'preact/hooks';
import { patternText } from '../../lib/diary/diary-words';
import { Button, LinkButton } from '../../ui/Button';
import { Screen } from '../../ui/Screen';
import { DoctorSummary } from './DoctorSummary';
import { nightText } from './format';
import { t } from './messages';
import { ChartLegend, NightsChart } from './NightsChart';
import type { NightsModel } from './nights-model';
import { NightsSummary } from './NightsSummary';
import { NightsTable } from './NightsTable';

/** /nights: two weeks of the sleep diary at a glance, its patterns, and the doctor's summary. */
export function NightsScreen({ model }: { model: NightsModel }) {
  useEffect(() => void model.load(), [model]);
  const stored = model.dates.value;
  return (
    <Screen title={t('title')}>
      {stored !== null && stored.length === 0 && (
        <div class="card">
          <p>{t('empty.body')}</p>
          <LinkButton variant="primary" href="/check-in">
            {t('empty.action')}
          </LinkButton>
        </div>
      )}
      {stored !== null && stored.length > 0 && <Diary model={model} />}
    </Screen>
  );
}

function Diary({ model }: { model: NightsModel }) {
  const rows = model.rows.value;
  const range = { from: nightText(rows[0].night), to: nightText(rows[rows.length - 1].night) };
  const note = model.doctorNote.value;
  const patterns = model.patterns.value;
  return (
    <div class="nights">
      <div class="card">
        <p id="nights-chart-description">{t('chart.description', range)}</p>
        <NightsChart rows={rows} descriptionId="nights-chart-description" />
        <ChartLegend />
      </div>
      <h2 class="print-only">{t('print.heading', range)}</h2>
      <NightsTable rows={rows} caption={t('chart.description', range)} />
      <div class="button-row nights-pages">
        <Button onClick={() => void model.older()} disabled={!model.hasOlder.value}>
          {t('page.older')}
        </Button>
        <Button onClick={model.newer} disabled={model.pagesBack.value === 0}>
          {t('page.newer')}
        </Button>
      </div>
      <NightsSummary summaries={model.summaries.value} />
      {patterns.length > 0 && (
        <section class="card" aria-labelledby="nights-patterns">
          <h2 id="nights-patterns">{t('patterns.title')}</h2>
          {patterns.map((pattern) => {
            const words = patternText(pattern);
            return (
              <p key={pattern.message + JSON.stringify(pattern.subject)}>
                {words.sentence} {words.suggestion}
              </p>
            );
          })}
        </section>
      )}
      {note && (
        <section class="card" aria-labelledby="nights-doctor-note">
          <h2 id="nights-doctor-note">{t('doctor.title')}</h2>
          {note.reasons.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
          <p>{note.advice}</p>
        </section>
      )}
      <DoctorSummary
        rows={rows}
        summary={model.summaries.value[1]}
        exported={model.exported.value}
        onExport={() => void model.exportCsv()}
      />
    </div>
  );
}
