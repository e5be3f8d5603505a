import { describe, expect, it, vi } from 'vitest';
import { createUpdateModel } from '../../../src/features/update/update-model';
import { holdBusy } from '../../../src/lib/busy';
import type { ServiceWorkerBridge } from '../../../src/lib/sw-bridge';

function fakeBridge() {
  let announce = () => undefined as void;
  let takeOver = () => undefined as void;
  const bridge: ServiceWorkerBridge = {
    onUpdateReady: (listener) => void (announce = listener),
    applyUpdate: vi.fn(),
    onTakenOver: (listener) => void (takeOver = listener),
    reload: vi.fn(),
    registration: async () => undefined,
  };
  return { bridge, newVersionWaiting: () => announce(), yesInAnotherTab: () => takeOver() };
}

/** A page that can be hidden and shown. */
function fakePage() {
  const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const show = (visible: boolean) => {
    page.visibilityState = visible ? 'visible' : 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc: page as unknown as Document, show };
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

  it('"Reload now" in another tab: this idle tab reloads into the new version at once', () => {
    const model = createUpdateModel(fakePage().doc);
    const { bridge, newVersionWaiting, yesInAnotherTab } = fakeBridge();
    model.connect(bridge);
    newVersionWaiting();
    yesInAnotherTab();
    expect(bridge.reload).toHaveBeenCalledOnce();
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
    model.dispose();
  });

  it('a tab with a session running says so, and reloads only once it ended and is out of sight', () => {
    const page = fakePage();
    const model = createUpdateModel(page.doc);
    const { bridge, newVersionWaiting, yesInAnotherTab } = fakeBridge();
    model.connect(bridge);
    const release = holdBusy('sounds');
    newVersionWaiting();
    yesInAnotherTab();
    expect(model.updatedElsewhere.value).toBe(true);
    page.show(false);
    expect(bridge.reload).not.toHaveBeenCalled();
    page.show(true);
    release();
    // Ended, but on screen: the closing screen stays; the old prompt does not come back.
    expect(bridge.reload).not.toHaveBeenCalled();
    expect(model.showPrompt.value).toBe(false);
    page.show(false);
    expect(bridge.reload).toHaveBeenCalledOnce();
    model.dispose();
  });

  it('a tap reloads it at once once the session has ended, never during it', () => {
    const model = createUpdateModel(fakePage().doc);
    const { bridge, yesInAnotherTab } = fakeBridge();
    model.connect(bridge);
    const release = holdBusy('breathing');
    yesInAnotherTab();
    model.apply();
    expect(bridge.reload).not.toHaveBeenCalled();
    release();
    model.apply();
    expect(bridge.reload).toHaveBeenCalledOnce();
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
    model.dispose();
  });
});
