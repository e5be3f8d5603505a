import { describe, it, expect } from 'vitest';
import { setUpPush } from '../../../src/features/reminders/push-setup';
import type { PushClient } from '../../../src/lib/push/push-client';
import { openPushStore } from '../../../src/lib/push/push-store';
import { freshStore } from '../../support/stores';
import { MINUTE, advance, setup } from './fakes';

const target = { endpoint: 'https://fcm.googleapis.com/x', keys: { p256dh: 'p', auth: 'a' } };
const registration = { id: '0b6c2a4e-9d1f-4c43-8a4b-2f0e6d5c7a18', secret: 's'.repeat(43) };

/** A client that records what reached "the server". */
function recordingClient() {
  const sent: string[] = [];
  const client: PushClient = {
    canPush: true,
    serverKey: async () => ({ kind: 'server', publicKey: 'KEY' }),
    subscribe: async () => target,
    unsubscribe: async () => undefined,
    register: async (body) => (
      sent.push(`POST ${body.bedtimes.fri} ${body.timeZone}`),
      registration
    ),
    update: async (_, body) => void sent.push(`PUT ${body.bedtimes.fri} ${body.timeZone}`),
    remove: async () => void sent.push('DELETE'),
  };
  return { client, sent };
}

describe('reminders model with Lull’s server', () => {
  it('registers on the tap and sends the schedule again when it or the time zone changes', async () => {
    const { client, sent } = recordingClient();
    const store = openPushStore(freshStore('push'));
    const { model, settings, travelTo } = await setup({
      loadPush: async () => (deps) => setUpPush({ ...deps, client, store }),
    });
    // Push reminders are off, so their code waits for their section to open.
    expect(model.push.value).toBeNull();
    await model.openPush();
    const push = model.push.value;
    expect(push?.sync.availability.value).toBe('available');
    await push?.sync.turnOn();
    expect(sent).toEqual(['POST 23:00 Europe/Berlin']);

    settings.update('schedule.everyNight.bedtime', '22:30');
    await advance(MINUTE);
    expect(sent.at(-1)).toBe('PUT 22:30 Europe/Berlin');

    travelTo('Asia/Tokyo');
    await advance(30 * MINUTE);
    expect(sent.at(-1)).toBe('PUT 22:30 Asia/Tokyo');

    await push?.sync.turnOff();
    expect(sent.at(-1)).toBe('DELETE');
    expect(await store.registration()).toBeNull();
  });

  it('loads their code at start only where they are on, and brings the server up to date', async () => {
    const { client, sent } = recordingClient();
    const store = openPushStore(freshStore('push'));
    await store.setWanted(true);
    await store.setRegistration(registration);
    const loads: string[] = [];
    const { model } = await setup({
      loadPush: async () => {
        loads.push('push code');
        return (deps) => setUpPush({ ...deps, client, store });
      },
      wantsPush: () => store.wanted(),
    });
    await advance(MINUTE);
    expect(loads).toEqual(['push code']);
    expect(model.push.value?.sync.on.value).toBe(true);
    expect(sent).toEqual(['PUT 23:00 Europe/Berlin']);
  });

  it('leaves their code unloaded at start where they are off', async () => {
    const loads: string[] = [];
    const { model } = await setup({
      loadPush: async () => {
        loads.push('push code');
        return (deps) =>
          setUpPush({
            ...deps,
            client: recordingClient().client,
            store: openPushStore(freshStore('push')),
          });
      },
      wantsPush: async () => false,
    });
    await advance(MINUTE);
    expect(loads).toEqual([]);
    expect(model.push.value).toBeNull();
  });
});
