import { describe, it, expect, vi } from 'vitest';
import {
  shareOrDownloadCalendar,
  type ShareTarget,
} from '../../../src/lib/calendar/share-calendar';

const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';

function target(canShare: boolean, share: ShareTarget['share'] = async () => {}) {
  return { canShare: vi.fn(() => canShare), share: vi.fn(share) };
}

describe('shareOrDownloadCalendar', () => {
  it('shares a text/calendar file where the device can share files', async () => {
    const device = target(true);
    const download = vi.fn();
    expect(await shareOrDownloadCalendar('lull.ics', ics, 'Bedtime', device, download)).toBe(
      'shared',
    );
    const [{ files }] = device.share.mock.calls[0] as [{ files: File[] }];
    expect(files[0].type).toBe('text/calendar');
    expect(files[0].name).toBe('lull.ics');
    expect(await files[0].text()).toBe(ics);
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads where files cannot be shared, or there is no Web Share at all', async () => {
    const download = vi.fn();
    expect(await shareOrDownloadCalendar('lull.ics', ics, 'Bedtime', target(false), download)).toBe(
      'downloaded',
    );
    expect(
      await shareOrDownloadCalendar('lull.ics', ics, 'Bedtime', {} as ShareTarget, download),
    ).toBe('downloaded');
    expect(download).toHaveBeenCalledTimes(2);
    const [name, type, blob] = download.mock.calls[0] as [string, string, Blob];
    expect([name, type, blob.type]).toEqual(['lull.ics', 'text/calendar', 'text/calendar']);
  });

  it('does nothing more when the person closes the share sheet', async () => {
    const download = vi.fn();
    const abort = target(true, async () => {
      throw new DOMException('closed', 'AbortError');
    });
    expect(await shareOrDownloadCalendar('lull.ics', ics, 'Bedtime', abort, download)).toBe(
      'cancelled',
    );
    expect(download).not.toHaveBeenCalled();
  });

  it('falls back to a download when sharing fails', async () => {
    const download = vi.fn();
    const failing = target(true, async () => {
      throw new DOMException('no activation', 'NotAllowedError');
    });
    expect(await shareOrDownloadCalendar('lull.ics', ics, 'Bedtime', failing, download)).toBe(
      'downloaded',
    );
    expect(download).toHaveBeenCalledOnce();
  });
});
