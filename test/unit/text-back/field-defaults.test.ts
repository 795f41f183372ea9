import { textBackInputFields } from '../../../zapier/text-back-fields';
import { readTextBackSettings } from '../../../zapier/text-back-settings';

/** The default a Zap editor shows for a field is the value a blank field is read as: one number, one text. */
const fieldDefault = (key: string) =>
  (textBackInputFields as readonly { key?: string; default?: string }[]).find((field) => field.key === key)?.default;
const blank = readTextBackSettings({ to: '+13035550100', from: '+15125550100' });

test.each([
  ['callback_minutes', String(blank.callbackMinutes)],
  ['consent_window_hours', String(blank.consentWindowHours)],
])('%s: the field shows the default a blank field is read as', (key, used) => {
  expect(fieldDefault(key)).toBe(used);
});

test('opt_out_text: the field shows the footer a blank field adds', () => {
  expect(fieldDefault('opt_out_text')).toBe('Reply STOP to opt out.');
});
