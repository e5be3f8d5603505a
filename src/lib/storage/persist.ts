let asked = false;

/**
 * Asks the browser to keep Lull's data even under storage pressure (Safari otherwise clears
 * sites unused for 7 days). Asked at most once per page load; the answer is only a hint.
 */
export async function requestPersistence(
  storage = globalThis.navigator?.storage,
): Promise<boolean> {
  if (asked || !storage?.persist) return false;
  asked = true;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** Whether the browser has promised to keep Lull's data. */
export async function isPersisted(storage = globalThis.navigator?.storage): Promise<boolean> {
  try {
    return (await storage?.persisted?.()) ?? false;
  } catch {
    return false;
  }
}

/** Bytes used and available for this origin, when the browser tells. */
export async function storageEstimate(
  storage = globalThis.navigator?.storage,
): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
