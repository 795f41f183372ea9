import type { Bundle, ZObject } from 'zapier-platform-core';
import { type TwilioClient, twilioClient } from '../lib/twilio/client';
import { isLoadingSample } from './bundle';
import { readText } from './inputs';

/** While the Zap editor loads samples, three real items are enough; a Zap's poll gets them all. */
export function pollAnswer<Item>(bundle: Bundle, items: Item[]): Item[] {
  return isLoadingSample(bundle) ? items.slice(0, 3) : items;
}

/** A trigger that watches one of the owner's Twilio numbers (`business_number`), or all of them when it is blank. */
export async function pollByBusinessNumber<Item>(
  z: ZObject,
  bundle: Bundle,
  poll: (twilio: TwilioClient, businessNumber: string | undefined) => Promise<Item[]>,
): Promise<Item[]> {
  const items = await poll(
    twilioClient(z, bundle.authData),
    readText(bundle.inputData.business_number, 'Business Number'),
  );
  return pollAnswer(bundle, items);
}
