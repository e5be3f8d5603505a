import { downloadFile } from '../download';

/** The iCalendar media type: iOS offers "Add to Calendar" only for files of this type. */
export const CALENDAR_TYPE = 'text/calendar';

/** The parts of `navigator` this needs (tests pass a fake). */
export type ShareTarget = Pick<Navigator, 'share'> & { canShare?: Navigator['canShare'] };

/** What happened to the file. */
export type CalendarHandoff = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a calendar file to the device: the share sheet where it takes files (so an installed
 * iOS app, where downloads are unreliable, reaches the Calendar), a download otherwise. Call
 * it straight from the tap: sharing needs the tap's user activation.
 */
export async function shareOrDownloadCalendar(
  name: string,
  contents: string,
  title: string,
  target: ShareTarget | undefined = globalThis.navigator,
  download: (name: string, type: string, contents: Blob) => void = downloadFile,
): Promise<CalendarHandoff> {
  const file = new File([contents], name, { type: CALENDAR_TYPE });
  if (target?.canShare?.({ files: [file] })) {
    try {
      await target.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: that is their answer, not a failure.
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Anything else (no user activation left, a share target failing): download instead.
    }
  }
  download(name, CALENDAR_TYPE, file);
  return 'downloaded';
}
