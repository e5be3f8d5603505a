import { currentLocale } from '../../lib/messages';

/** Bytes as a short size: "820 KB", "4.2 MB". */
export function formatBytes(bytes: number): { unit: 'kb' | 'mb'; value: string } {
  if (bytes < 1_000_000)
    return {
      unit: 'kb',
      value: new Intl.NumberFormat(currentLocale()).format(Math.max(1, Math.round(bytes / 1000))),
    };
  const megabytes = bytes / 1_000_000;
  return {
    unit: 'mb',
    value: new Intl.NumberFormat(currentLocale(), {
      minimumFractionDigits: megabytes < 10 ? 1 : 0,
      maximumFractionDigits: megabytes < 10 ? 1 : 0,
    }).format(megabytes),
  };
}
