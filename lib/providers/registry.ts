import aircall from './aircall';
import callrail from './callrail';
import dialpad from './dialpad';
import generic from './generic';
import justcall from './justcall';
import openphone from './openphone';
import plivo from './plivo';
import ringcentral from './ringcentral';
import telnyx from './telnyx';
import twilio from './twilio-form';
import vonage from './vonage';
import zoom from './zoom';

/**
 * Every phone system the app reads webhooks from: one row each, defined in the provider's own file. The Phone
 * System dropdown, the `provider` values, the samples, `auto` detection and the tests all come from this list.
 * Order: alphabetical, so the dropdown reads in order; `auto` tries them in the same order. Two shapes overlap,
 * and the order settles both: Telnyx comes before the Twilio-shaped form (TeXML reuses Twilio's field names), and
 * `generic` (which any simple JSON with a caller and an outcome fits) comes last.
 */
export const PROVIDER_REGISTRY = [
  aircall,
  callrail,
  dialpad,
  justcall,
  openphone,
  plivo,
  ringcentral,
  telnyx,
  twilio,
  vonage,
  zoom,
  generic,
] as const;

export type ProviderKey = (typeof PROVIDER_REGISTRY)[number]['key'];
type ProviderRow = (typeof PROVIDER_REGISTRY)[number];

/** The contract's `provider` values. */
export const PROVIDERS: readonly ProviderKey[] = PROVIDER_REGISTRY.map((row) => row.key);

/** A provider's row by its key; own keys only, so payload or input words such as `constructor` find nothing. */
export function providerRow(key: string): ProviderRow | undefined {
  return PROVIDER_REGISTRY.find((row) => row.key === key);
}

export function isProviderKey(key: string): key is ProviderKey {
  return providerRow(key) !== undefined;
}
