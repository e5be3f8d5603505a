import { describe, expect, it, vi } from 'vitest';
import { createUpdateModel } from '../../../src/features/update/update-model';
import { holdBusy } from '../../../src/lib/busy';
import type { ServiceWorkerBridge } from '../../../src/lib/sw-bridge';

function fakeBridge() {
  let announce = () => undefined as void;
  const bridge: ServiceWorkerBridge = {
    onUpdateReady: (listener) => void (announce = listener),
    applyUpdate: vi.fn(),
    registration: async () => undefined,
  };
  return { bridge, newVersionWaiting: () => announce() };
}

describe('the update prompt', () => {
  it('appears when a new version is waiting and applies it only on yes', () => {
    const model = createUpdateModel();
    const { bridge, newVersionWaiting } = fakeBridge();
    model.connect(bridge);
    expect(model.showPrompt.value).toBe(false);
    newVersionWaiting();
    expect(model.showPrompt.value).toBe(true);
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
    model.apply();
    expect(bridge.applyUpdate).toHaveBeenCalledOnce();
  });

  it('waits while a session runs and never applies the update during it', () => {
    const model = createUpdateModel();
    const { bridge, newVersionWaiting } = fakeBridge();
    model.connect(bridge);
    const release = holdBusy('breathing');
    newVersionWaiting();
    expect(model.showPrompt.value).toBe(false);
    model.apply();
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
    release();
    expect(model.showPrompt.value).toBe(true);
    model.dispose();
  });

  it('"Later" hides it until the next new version', () => {
    const model = createUpdateModel();
    const { bridge, newVersionWaiting } = fakeBridge();
    model.connect(bridge);
    newVersionWaiting();
    model.later();
    expect(model.showPrompt.value).toBe(false);
    newVersionWaiting();
    expect(model.showPrompt.value).toBe(true);
  });
});
