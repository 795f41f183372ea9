import { type CallVerdict, classifyCall } from '../../../lib/missed-calls/classify';
import type { Call, Recording } from '../../../lib/twilio/resources';
import { callRecord } from '../../helpers/twilio-records';

const PARENT = 'CA00000000000000000000000000000001';

const call = (overrides: Partial<Call> = {}): Call =>
  callRecord('2026-11-29T14:03:00Z', {
    sid: PARENT,
    from: '+15125550123',
    status: 'completed',
    end_time: '2026-11-29T14:04:00Z',
    duration_seconds: 60,
    ...overrides,
  });
let legCounter = 10;
function leg(status: string, answered_by: string | null = null, overrides: Partial<Call> = {}): Call {
  legCounter += 1;
  return call({
    sid: `CA${String(legCounter).padStart(32, '0')}`,
    parent_call_sid: PARENT,
    direction: 'outbound-dial',
    to: '+15125550111',
    status,
    answered_by,
    ...overrides,
  });
}
function recording(source: string, status: string, call_sid = PARENT): Recording {
  return {
    sid: 'RE1',
    call_sid,
    source,
    status,
    date_created: '2026-11-29T14:04:00Z',
    media_url: 'https://api.twilio.com/rec/RE1',
    duration_seconds: 20,
  };
}
const missed = (missedReason: string, voicemailUrl: string | null = null): CallVerdict =>
  ({ verdict: 'missed', missedReason, voicemail: missedReason === 'voicemail', voicemailUrl }) as CallVerdict;
const VM_URL = 'https://api.twilio.com/rec/RE1';

// One row per situation of the contract's classification rules.
test.each<[string, Call, Call[], Recording[], CallVerdict]>([
  ['queued caller leg is not final', call({ status: 'queued' }), [], [], { verdict: 'pending' }],
  ['ringing caller leg is not final', call({ status: 'ringing' }), [], [], { verdict: 'pending' }],
  ['call in progress is not final', call({ status: 'in-progress' }), [leg('in-progress')], [], { verdict: 'pending' }],
  ['caller leg busy', call({ status: 'busy' }), [], [], missed('busy')],
  ['caller leg no-answer', call({ status: 'no-answer' }), [], [], missed('no_answer')],
  ['caller leg failed', call({ status: 'failed' }), [], [], missed('failed')],
  ['caller leg canceled: caller hung up', call({ status: 'canceled' }), [], [], missed('hung_up')],
  ['forwarded leg answered by a person', call(), [leg('completed')], [], { verdict: 'answered' }],
  ['forwarded leg answered, AMD says human', call(), [leg('completed', 'human')], [], { verdict: 'answered' }],
  ['forwarded leg answered, AMD unsure (unknown)', call(), [leg('completed', 'unknown')], [], { verdict: 'answered' }],
  [
    'person-answered leg wins over a recording',
    call(),
    [leg('completed')],
    [recording('RecordVerb', 'completed')],
    { verdict: 'answered' },
  ],
  [
    'voicemail recording, completed',
    call(),
    [leg('no-answer')],
    [recording('RecordVerb', 'completed')],
    missed('voicemail', VM_URL),
  ],
  [
    'voicemail recording still processing',
    call(),
    [],
    [recording('RecordVerb', 'processing')],
    missed('voicemail', VM_URL),
  ],
  [
    'absent recording does not count as voicemail',
    call(),
    [leg('no-answer')],
    [recording('RecordVerb', 'absent')],
    missed('no_answer'),
  ],
  [
    'a call recording (DialVerb) is not a voicemail',
    call(),
    [leg('busy')],
    [recording('DialVerb', 'completed')],
    missed('busy'),
  ],
  [
    'forwarded leg answered by a machine (beep)',
    call(),
    [leg('completed', 'machine_end_beep')],
    [],
    missed('voicemail'),
  ],
  ['forwarded leg answered by a machine (start)', call(), [leg('completed', 'machine_start')], [], missed('voicemail')],
  ['forwarded leg answered by a fax', call(), [leg('completed', 'fax')], [], missed('voicemail')],
  [
    'recording wins over a machine-answered leg',
    call(),
    [leg('completed', 'machine_end_silence')],
    [recording('RecordVerb', 'completed')],
    missed('voicemail', VM_URL),
  ],
  ['forwarded, nobody picked up', call(), [leg('no-answer')], [], missed('no_answer')],
  ['forwarded leg busy', call(), [leg('busy')], [], missed('busy')],
  ['forwarded leg failed', call(), [leg('failed')], [], missed('failed')],
  ['caller hung up while the forwarded phone rang', call(), [leg('canceled')], [], missed('hung_up')],
  [
    'simultaneous ringing: one answered',
    call(),
    [leg('no-answer'), leg('completed'), leg('canceled')],
    [],
    { verdict: 'answered' },
  ],
  ['simultaneous ringing: no-answer beats busy', call(), [leg('busy'), leg('no-answer')], [], missed('no_answer')],
  ['simultaneous ringing: busy beats failed', call(), [leg('failed'), leg('busy')], [], missed('busy')],
  ['simultaneous ringing: failed beats canceled', call(), [leg('canceled'), leg('failed')], [], missed('failed')],
  ['hung up in the menu: no legs, no recording', call({ duration_seconds: 12 }), [], [], missed('no_answer')],
  [
    'outbound call from the business is not a caller leg',
    call({ direction: 'outbound-api' }),
    [],
    [],
    { verdict: 'not_a_caller_leg' },
  ],
  ['a forwarded leg itself is not a caller leg', leg('no-answer'), [], [], { verdict: 'not_a_caller_leg' }],
  [
    'trunking call is not a caller leg',
    call({ direction: 'trunking-originating' }),
    [],
    [],
    { verdict: 'not_a_caller_leg' },
  ],
  [
    'legs of another call are ignored',
    call(),
    [leg('completed', null, { parent_call_sid: 'CAother' })],
    [],
    missed('no_answer'),
  ],
  [
    'recordings of another call are ignored',
    call(),
    [],
    [recording('RecordVerb', 'completed', 'CAother')],
    missed('no_answer'),
  ],
])('%s', (_situation, parent, legs, recordings, expected) => {
  expect(classifyCall(parent, legs, recordings)).toEqual(expected);
});
