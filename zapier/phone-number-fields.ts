/** What the phone-number dropdown triggers return (contract: `phone_number`), shared so they never drift apart. */
export const phoneNumberOutputFields = [
  { key: 'id', label: 'Phone Number (E.164)' },
  { key: 'phone_number', label: 'Phone Number' },
  { key: 'friendly_name', label: 'Friendly Name' },
  { key: 'label', label: 'Label' },
  { key: 'sms_enabled', label: 'SMS Enabled', type: 'boolean' },
  { key: 'voice_enabled', label: 'Voice Enabled', type: 'boolean' },
  { key: 'sid', label: 'Phone Number SID' },
] as const;

export const phoneNumberSample = {
  id: '+15125550100',
  phone_number: '+15125550100',
  friendly_name: 'Main Line',
  label: 'Main Line (512) 555-0100',
  sms_enabled: true,
  voice_enabled: true,
  sid: 'PN0123456789abcdef0123456789abcdef',
};
