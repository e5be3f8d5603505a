/** Bytes as a short size: "820 KB", "4.2 MB". */
export function formatBytes(bytes: number): { unit: 'kb' | 'mb'; value: string } {
  if (bytes < 1_000_000)
    return { unit: 'kb', value: String(Math.max(1, Math.round(bytes / 1000))) };
  const megabytes = bytes / 1_000_000;
  return {
    unit: 'mb',
    value: megabytes < 10 ? megabytes.toFixed(1) : String(Math.round(megabytes)),
  };
}
