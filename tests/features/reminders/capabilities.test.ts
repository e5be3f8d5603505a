import { describe, it, expect } from 'vitest';
import {
  guidanceFor,
  promptFor,
  whenClosed,
  whileOpen,
} from '../../../src/features/reminders/capabilities';
import type { ReminderSupport } from '../../../src/lib/reminders/notify';

const support = (overrides: Partial<ReminderSupport> = {}): ReminderSupport => ({
  notifications: true,
  actions: true,
  periodicSync: false,
  installed: false,
  family: 'chromium',
  ...overrides,
});
const iosTab = support({ notifications: false, actions: false, family: 'ios' });

describe('what can remind the person while Lull runs', () => {
  it('follows the permission where notifications exist', () => {
    expect(whileOpen(support(), 'granted')).toBe('notify');
    expect(whileOpen(support(), 'default')).toBe('ask');
    expect(whileOpen(support(), 'denied')).toBe('blocked');
  });

  it('says what is missing where they do not', () => {
    expect(whileOpen(iosTab, 'unsupported')).toBe('install');
    expect(whileOpen(support({ notifications: false, family: 'other' }), 'unsupported')).toBe(
      'none',
    );
  });
});

describe('how to allow notifications, per browser', () => {
  it('picks the words for the browser and whether Lull is installed', () => {
    expect(guidanceFor(support())).toBe('chromium');
    expect(guidanceFor(support({ installed: true }))).toBe('chromium-app');
    expect(guidanceFor(iosTab)).toBe('ios-install');
    expect(guidanceFor(support({ family: 'ios', installed: true }))).toBe('ios');
    expect(guidanceFor(support({ family: 'firefox' }))).toBe('firefox');
    expect(guidanceFor(support({ family: 'safari' }))).toBe('safari');
    expect(guidanceFor(support({ family: 'other' }))).toBe('other');
  });
});

describe('what the section says under the toggles', () => {
  it('nothing while every reminder is off', () => {
    expect(promptFor(false, support(), 'default')).toBeNull();
    expect(promptFor(false, support(), 'denied')).toBeNull();
  });

  it('the explanation before asking, the guidance once blocked, nothing once allowed', () => {
    expect(promptFor(true, support(), 'default')).toEqual({ kind: 'explain' });
    expect(promptFor(true, support({ family: 'firefox' }), 'denied')).toEqual({
      kind: 'guide',
      guidance: 'firefox',
    });
    expect(promptFor(true, support(), 'granted')).toBeNull();
  });

  it('how to get notifications at all on iOS, and plain words where there are none', () => {
    expect(promptFor(true, iosTab, 'unsupported')).toEqual({
      kind: 'guide',
      guidance: 'ios-install',
    });
    expect(promptFor(true, support({ notifications: false }), 'unsupported')).toEqual({
      kind: 'guide',
      guidance: 'none',
    });
  });
});

describe('what can remind the person when Lull is closed', () => {
  const server = { availability: 'available' as const, canPush: true, on: false, problem: false };
  it('is the calendar without Lull’s server, or before it answered', () => {
    expect(whenClosed(support(), 'granted', null)).toBe('calendar');
    expect(whenClosed(support(), 'granted', { ...server, availability: 'none' })).toBe('calendar');
    expect(whenClosed(support(), 'granted', { ...server, availability: 'unknown' })).toBe(
      'calendar',
    );
  });

  it('is the server’s pushes once on, and says what stands in the way otherwise', () => {
    expect(whenClosed(support(), 'granted', { ...server, on: true })).toBe('push');
    expect(whenClosed(support(), 'default', server)).toBe('offer');
    expect(whenClosed(support(), 'granted', { ...server, on: true, problem: true })).toBe(
      'pending',
    );
    expect(whenClosed(support(), 'denied', { ...server, on: true })).toBe('blocked');
    expect(whenClosed(iosTab, 'unsupported', { ...server, canPush: false })).toBe('install');
    expect(whenClosed(support({ family: 'other' }), 'default', { ...server, canPush: false })).toBe(
      'calendar',
    );
  });
});
