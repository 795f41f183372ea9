import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { twilioClient } from './lib/twilio/client';

/** The auth test fetches the account, so a wrong SID, token or host fails here with a plain sentence. */
const test = async (z: ZObject, bundle: Bundle) => {
  const account = await twilioClient(z, bundle.authData).fetchAccount();
  return { ...account, label: account.friendly_name || account.sid };
};

export default {
  type: 'custom',
  test,
  // The test's answer arrives as inputData: show the account's friendly name.
  connectionLabel: async (_z: ZObject, bundle: Bundle) =>
    String(bundle.inputData.label ?? bundle.inputData.friendly_name ?? ''),
  fields: [
    {
      key: 'account_sid',
      label: 'Account SID',
      required: true,
      type: 'string',
      helpText: 'Starts with AC. Find it on the home page of the [Twilio Console](https://console.twilio.com).',
    },
    {
      key: 'auth_token',
      label: 'Auth Token',
      required: true,
      type: 'password',
      helpText:
        "Shown under the Account SID in the [Twilio Console](https://console.twilio.com). If you fill in an API Key SID below, paste that key's secret here instead.",
    },
    {
      key: 'api_key_sid',
      label: 'API Key SID',
      required: false,
      type: 'string',
      helpText:
        'Optional. Starts with SK. Leave blank to connect with the Auth Token. Note: the instant missed-call trigger needs an Auth Token connection.',
    },
    {
      key: 'api_base_url',
      label: 'API Host',
      required: false,
      type: 'string',
      default: 'https://api.twilio.com',
      helpText:
        'Leave as is for Twilio. Change it only for a regional Twilio host (e.g. `https://api.dublin.ie1.twilio.com`) or a Twilio-compatible service.',
    },
  ],
} satisfies Authentication;
