import type { Bundle, ZObject } from 'zapier-platform-core';
import { type TwilioClient, twilioClient } from '../lib/twilio/client';

/** A search that always finds one thing (a report, a check): Zapier wants a list, so that thing is its one item. */
export async function findOne<Item>(
  z: ZObject,
  bundle: Bundle,
  find: (twilio: TwilioClient) => Promise<Item>,
): Promise<Item[]> {
  return [await find(twilioClient(z, bundle.authData))];
}
