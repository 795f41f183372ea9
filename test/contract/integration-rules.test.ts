/**
 * Zapier's offline-decidable integration checks, run over the built app (`npm test` builds first; by hand,
 * run `npm run build` before jest). Each rule is first shown to catch a deliberately broken copy of the app,
 * and to pass what it should; test/contract/built-app-checks.test.ts then runs every rule over the real definition.
 */
import type { AppDefinition } from '../helpers/app-loader';
import {
  addSearch,
  authField,
  input,
  key,
  newProblems,
  op,
  operation,
  output,
  rule,
  sample,
} from '../helpers/broken-copies';
import { integrationChecks } from '../helpers/integration-rules';

type Breakage = [id: string, change: string, breakIt: (copy: AppDefinition) => void, where: string];

const breakages: Breakage[] = [
  [
    'D003',
    'connection label removed',
    (copy) => {
      delete copy.authentication!.connectionLabel;
    },
    'authentication.connectionLabel',
  ],
  [
    'D003',
    'connection label empty',
    (copy) => {
      copy.authentication!.connectionLabel = '';
    },
    'authentication.connectionLabel',
  ],
  [
    'D004',
    'an id input without a dropdown',
    (copy) => {
      operation(op(copy, 'creates.send_text_back')).inputFields!.push({
        key: 'customer_id',
        label: 'Customer',
        helpText: 'Which customer.',
      });
    },
    'creates.send_text_back.inputFields.customer_id',
  ],
  [
    'D004',
    'a camelCase sid input without a dropdown',
    (copy) => {
      operation(op(copy, 'triggers.missed_call')).inputFields!.push({
        key: 'numberSid',
        label: 'Number',
        helpText: 'Which number.',
      });
    },
    'triggers.missed_call.inputFields.numberSid',
  ],
  [
    'D008',
    'link with an unclosed bracket',
    (copy) => {
      input(op(copy, 'creates.send_text_back'), 'to').helpText = 'See [the guide(https://help.example.com/guide).';
    },
    'creates.send_text_back.inputFields.to.helpText',
  ],
  [
    'D008',
    'link to http://',
    (copy) => {
      input(op(copy, 'creates.send_text_back'), 'to').helpText = 'See [the guide](http://help.example.com/guide).';
    },
    'creates.send_text_back.inputFields.to.helpText',
  ],
  [
    'D008',
    'space between ] and (',
    (copy) => {
      authField(copy, 'account_sid').helpText = 'In the [Twilio Console] (https://console.twilio.com).';
    },
    'authentication.fields.account_sid.helpText',
  ],
  [
    'D008',
    'link without text',
    (copy) => {
      op(copy, 'triggers.missed_call').display!.description =
        'Triggers when a call goes unanswered, see [](https://www.twilio.com).';
    },
    'triggers.missed_call.display.description',
  ],
  [
    'D008',
    'stray closing bracket',
    (copy) => {
      input(op(copy, 'triggers.missed_call'), 'business_hours').helpText = 'Your hours] e.g. Mon-Fri 08:00-17:00.';
    },
    'triggers.missed_call.inputFields.business_hours.helpText',
  ],
  [
    'D009',
    'a search with no required field',
    (copy) => addSearch(copy, [{ key: 'phone_number', label: 'Phone Number', helpText: 'Any format.' }]),
    'searches.find_broken.inputFields',
  ],
  ['D009', 'a search with no fields at all', (copy) => addSearch(copy, []), 'searches.find_broken.inputFields'],
  [
    'D010',
    'sample without id',
    (copy) => {
      delete sample(op(copy, 'creates.send_text_back')).id;
    },
    'creates.send_text_back.sample.id',
  ],
  [
    'D010',
    'sample without a field marked primary',
    (copy) => {
      output(op(copy, 'triggers.missed_call'), 'call_id').primary = true;
      sample(op(copy, 'triggers.missed_call')).call_id = null;
    },
    'triggers.missed_call.sample.call_id',
  ],
  [
    'D011',
    'help text repeats the label',
    (copy) => {
      input(op(copy, 'creates.send_text_back'), 'business_name').helpText = 'Business name.';
    },
    'creates.send_text_back.inputFields.business_name.helpText',
  ],
  [
    'D011',
    'help text empty',
    (copy) => {
      input(op(copy, 'triggers.missed_call'), 'timezone').helpText = ' ';
    },
    'triggers.missed_call.inputFields.timezone.helpText',
  ],
  [
    'D011',
    'auth field without help text',
    (copy) => {
      delete authField(copy, 'api_base_url').helpText;
    },
    'authentication.fields.api_base_url.helpText',
  ],
  [
    'D012',
    'visible trigger without sample',
    (copy) => {
      delete operation(op(copy, 'triggers.missed_call')).sample;
    },
    'triggers.missed_call.operation.sample',
  ],
  [
    'D012',
    'visible create with an empty sample',
    (copy) => {
      operation(op(copy, 'creates.send_text_back')).sample = {};
    },
    'creates.send_text_back.operation.sample',
  ],
  [
    'D018',
    'operation label in sentence case',
    (copy) => {
      op(copy, 'creates.send_text_back').display!.label = 'Send text-back';
    },
    'creates.send_text_back.display.label',
  ],
  [
    'D018',
    'input label in lower case',
    (copy) => {
      input(op(copy, 'creates.send_text_back'), 'business_name').label = 'business name';
    },
    'creates.send_text_back.inputFields.business_name.label',
  ],
  [
    'D018',
    'auth field label half capitalised',
    (copy) => {
      authField(copy, 'auth_token').label = 'Auth token';
    },
    'authentication.fields.auth_token.label',
  ],
  [
    'D018',
    'output label with a lower-case unit',
    (copy) => {
      output(op(copy, 'triggers.missed_call'), 'duration_seconds').label = 'Duration (seconds)';
    },
    'triggers.missed_call.outputFields.duration_seconds.label',
  ],
  [
    'D021',
    'description not starting "Triggers when"',
    (copy) => {
      op(copy, 'triggers.missed_call').display!.description = 'Fires when a call goes unanswered.';
    },
    'triggers.missed_call.display.description',
  ],
  [
    'D021',
    'description without a final period',
    (copy) => {
      op(copy, 'triggers.missed_call').display!.description = 'Triggers when a call goes unanswered';
    },
    'triggers.missed_call.display.description',
  ],
  [
    'D021',
    'hidden trigger checked too',
    (copy) => {
      op(copy, 'triggers.phone_number').display!.description = 'Lists your numbers.';
    },
    'triggers.phone_number.display.description',
  ],
  [
    'D023',
    "Twilio's RFC 2822 date left in a sample",
    (copy) => {
      sample(op(copy, 'triggers.missed_call')).called_at = 'Sun, 29 Nov 2026 14:03:00 +0000';
    },
    'triggers.missed_call.sample.called_at',
  ],
  [
    'D023',
    'date-time without an offset',
    (copy) => {
      sample(op(copy, 'creates.send_text_back')).sent_at = '2026-11-29T14:03:41';
    },
    'creates.send_text_back.sample.sent_at',
  ],
  [
    'D023',
    'epoch seconds in an _at key',
    (copy) => {
      sample(op(copy, 'creates.send_text_back')).consent_called_at = 1795960980;
    },
    'creates.send_text_back.sample.consent_called_at',
  ],
  [
    'D023',
    'a US date in a key that does not say it is a date',
    (copy) => {
      sample(op(copy, 'triggers.phone_number')).friendly_name = '11/29/2026 2:03 PM';
    },
    'triggers.phone_number.sample.friendly_name',
  ],
  [
    'D024',
    'sample key that is not an output field',
    (copy) => {
      sample(op(copy, 'creates.send_text_back')).price = '0.0079';
    },
    'creates.send_text_back.sample.price',
  ],
  [
    'D024',
    'output field missing from the sample',
    (copy) => {
      delete sample(op(copy, 'triggers.missed_call')).provider;
    },
    'triggers.missed_call.sample',
  ],
  [
    'D024',
    'boolean sent as a string',
    (copy) => {
      sample(op(copy, 'triggers.missed_call')).voicemail = 'false';
    },
    'triggers.missed_call.sample.voicemail',
  ],
  [
    'D024',
    'integer field holding a fraction',
    (copy) => {
      sample(op(copy, 'creates.send_text_back')).segments = 1.5;
    },
    'creates.send_text_back.sample.segments',
  ],
  [
    'D024',
    'boolean sample on an untyped field',
    (copy) => {
      delete output(op(copy, 'triggers.phone_number'), 'sms_enabled').type;
    },
    'triggers.phone_number.outputFields.sms_enabled',
  ],
];

describe('each rule catches a broken copy of the app', () => {
  test.each(breakages)('%s: %s', (id, _change, breakIt, where) => {
    const problems = newProblems(rule(id), breakIt);
    expect(problems.map(key)).toEqual(expect.arrayContaining([expect.stringContaining(`${where}`)]));
  });

  test('every rule has a broken copy', () => {
    expect(integrationChecks.map(({ id }) => id).filter((id) => !breakages.some(([broken]) => broken === id))).toEqual(
      [],
    );
  });
});

describe('rules pass what they should', () => {
  type Kept = [id: string, change: string, keepIt: (copy: AppDefinition) => void];
  const kept: Kept[] = [
    [
      'D004',
      'an id input with a dynamic dropdown',
      (copy) => {
        operation(op(copy, 'creates.send_text_back')).inputFields!.push({
          key: 'customer_id',
          label: 'Customer',
          helpText: 'Which customer.',
          dynamic: 'customer.id.name',
        });
      },
    ],
    [
      'D004',
      'an id input with static choices',
      (copy) => {
        operation(op(copy, 'creates.send_text_back')).inputFields!.push({
          key: 'plan_id',
          label: 'Plan',
          helpText: 'Which plan.',
          choices: { basic: 'Basic' },
        });
      },
    ],
    [
      'D009',
      'a search with a required field',
      (copy) =>
        addSearch(copy, [{ key: 'phone_number', label: 'Phone Number', helpText: 'Any format.', required: true }]),
    ],
    [
      'D012',
      'a hidden trigger without a sample',
      (copy) => {
        delete operation(op(copy, 'triggers.phone_number')).sample;
      },
    ],
    [
      'D023',
      'null dates and offsets other than Z',
      (copy) => {
        Object.assign(sample(op(copy, 'creates.send_text_back')), {
          consent_called_at: null,
          sent_at: '2026-11-29T08:03:41-06:00',
        });
      },
    ],
    [
      'D024',
      'null in a typed field',
      (copy) => {
        sample(op(copy, 'triggers.missed_call')).duration_seconds = null;
      },
    ],
  ];
  test.each(kept)('%s: %s', (id, _change, keepIt) => {
    expect(newProblems(rule(id), keepIt)).toEqual([]);
  });
});
