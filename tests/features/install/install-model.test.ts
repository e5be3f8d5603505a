import { describe, expect, it, vi } from 'vitest';
import { createInstallModel } from '../../../src/features/install/install-model';

/** A window as the install model sees it: media queries, navigator and events. */
function fakeWindow({ standalone = false, ios = false } = {}) {
  const target = new EventTarget();
  const navigator = { maxTouchPoints: ios ? 5 : 0, ...(ios ? { standalone: false } : {}) };
  const win = Object.assign(target, {
    navigator,
    matchMedia: (query: string) => ({ matches: standalone && query.includes('standalone') }),
  });
  if (!ios) Object.assign(win, { onbeforeinstallprompt: null });
  return win as unknown as Window;
}

function promptEvent(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  return Object.assign(event, {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome }),
  });
}

describe('the install offer', () => {
  it('offers nothing until Chromium says Lull can be installed', () => {
    const model = createInstallModel(fakeWindow());
    expect(model.option.value.kind).toBe('none');
  });

  it('offers the browser prompt when beforeinstallprompt fires, and keeps it from showing on its own', async () => {
    const win = fakeWindow();
    const model = createInstallModel(win);
    const event = promptEvent('accepted');
    win.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(model.option.value.kind).toBe('prompt');
    await model.install();
    expect(event.prompt).toHaveBeenCalledOnce();
    expect(model.option.value.kind).toBe('installed');
  });

  it('goes quiet after the person declines, until the browser offers again', async () => {
    const win = fakeWindow();
    const model = createInstallModel(win);
    win.dispatchEvent(promptEvent('dismissed'));
    await model.install();
    expect(model.option.value.kind).toBe('none');
    win.dispatchEvent(promptEvent('accepted'));
    expect(model.option.value.kind).toBe('prompt');
  });

  it('shows the Share-sheet steps on iOS Safari, and nothing once installed', () => {
    expect(createInstallModel(fakeWindow({ ios: true })).option.value.kind).toBe('ios-share-sheet');
    expect(createInstallModel(fakeWindow({ standalone: true })).option.value.kind).toBe(
      'installed',
    );
  });

  it('hides the offer when the app gets installed from the browser menu', () => {
    const win = fakeWindow();
    const model = createInstallModel(win);
    win.dispatchEvent(promptEvent('accepted'));
    win.dispatchEvent(new Event('appinstalled'));
    expect(model.option.value.kind).toBe('installed');
  });
});
