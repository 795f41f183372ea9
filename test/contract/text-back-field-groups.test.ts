/**
 * Send Text-Back's form in four groups (zapier-platform's `inputFieldGroups`), so 25 fields read as a few choices:
 * the message, the checks, the hours, and the advanced settings. What the trigger maps stays on top. Keys never move
 * out of the contract: only `group` is added.
 */
import { App } from '../helpers/app';

interface Field {
  key: string;
  group?: string;
}
type FieldEntry = Field | (((...args: never[]) => unknown) & { fields: readonly Field[] });

const operation = App.creates!.send_text_back.operation as unknown as {
  inputFields: readonly FieldEntry[];
  inputFieldGroups?: { key: string; label?: string; emphasize?: boolean }[];
};
/** Every field the form can show: the static ones and those the dynamic functions may add. */
const allFields = operation.inputFields.flatMap((entry) => ('fields' in entry ? entry.fields : [entry as Field]));

const EXPECTED_GROUPS: [string, string][] = [
  ['message', 'The Message'],
  ['checks', 'Who Gets a Text'],
  ['hours', 'Hours'],
  ['advanced', 'Advanced'],
];

const GROUP_OF: Record<string, string | undefined> = {
  to: undefined,
  from: undefined,
  call_id: undefined,
  called_at: undefined,
  business_name: 'message',
  template: 'message',
  message: 'message',
  callback_number: 'message',
  booking_link: 'message',
  callback_minutes: 'message',
  service: 'message',
  caller_name: 'message',
  opt_out_text: 'message',
  require_caller_consent: 'checks',
  consent_window_hours: 'checks',
  opted_out_elsewhere: 'checks',
  cooldown_hours: 'checks',
  skip_if_connected: 'checks',
  allowed_countries: 'checks',
  skip_landlines: 'checks',
  business_hours: 'hours',
  timezone: 'hours',
  after_hours_template: 'hours',
  after_hours_message: 'hours',
  quiet_hours: 'hours',
  if_skipped: 'advanced',
  dry_run: 'advanced',
  messaging_service_sid: 'advanced',
};

describe("Send Text-Back's field groups", () => {
  test('four groups, in the order the form shows them', () => {
    expect((operation.inputFieldGroups ?? []).map((group) => [group.key, group.label])).toEqual(EXPECTED_GROUPS);
  });

  test('every field sits in its group; what the trigger maps stays on top', () => {
    const actual = Object.fromEntries(allFields.map((field) => [field.key, field.group]));
    expect(actual).toEqual(GROUP_OF);
  });

  test('every group holds a field, and no field names a group that does not exist', () => {
    const groups = (operation.inputFieldGroups ?? []).map((group) => group.key);
    const used = new Set(allFields.flatMap((field) => (field.group ? [field.group] : [])));
    expect([...used].sort()).toEqual([...groups].sort());
  });
});
