import { watchCheckInOffer, type CheckInOfferInputs } from './check-in-offer';
import { glanceAt } from './diary-glance';
import { openDiaryStore } from './diary-store';

/** The sleep diary's one store, for the screens that read or write it, and Tonight's look at it. */
export function openDiary() {
  const store = openDiaryStore();
  return {
    store,
    /** Keeps Tonight's "How did you sleep?" offer up to date; returns the way to stop. */
    watchOffer: (inputs: CheckInOfferInputs) =>
      watchCheckInOffer(inputs, (night) => glanceAt(store, night)),
  };
}
