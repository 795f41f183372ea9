import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';
import { InputError } from '../lib/errors/input-error';
import type { RecoveryReport } from '../lib/reports/recovery-report';
import { businessNumberField } from '../zapier/fields';
import { findOne } from '../zapier/find-one';
import { guard } from '../zapier/guard';
import { readText, readWholeNumber } from '../zapier/inputs';

const inputFields = defineInputFields([
  {
    key: 'period_days',
    label: 'Period (Days)',
    type: 'integer',
    required: true,
    default: '7',
    helpText: 'How many days back the report covers, ending now (1 to 90).',
  },
  businessNumberField(false, 'Report on one of your Twilio numbers. Leave blank for all of them.'),
]);

const perform = guard(async (z, bundle) => {
  const { recoveryReport } = await import('../lib/reports/recovery-report');
  const days = readWholeNumber(bundle.inputData.period_days, 7, 'Period (Days)', 90);
  if (days < 1) throw new InputError('Period (Days) must be at least 1.');
  const businessNumber = readText(bundle.inputData.business_number, 'Business Number');
  return findOne(z, bundle, (twilio) => recoveryReport(twilio, days, businessNumber));
}) satisfies SearchPerform<typeof inputFields, RecoveryReport>;

const sample = {
  id: 'report:2026-11-22T14:00:00Z:2026-11-29T14:00:00Z:all',
  period_start: '2026-11-22T14:00:00Z',
  period_end: '2026-11-29T14:00:00Z',
  missed_calls: 41,
  text_backs_sent: 33,
  replies: 14,
  callbacks: 9,
  opt_outs: 2,
  recovered_callers: 19,
  recovery_rate: 0.5758,
  median_seconds_to_text_back: 38,
  text_backs_undelivered: 3,
  callers_called_back: 24,
  median_minutes_to_callback: 18.5,
  callers_not_reached: 12,
} satisfies RecoveryReport;

export default defineSearch({
  key: 'find_recovery_report',
  noun: 'Recovery Report',
  display: {
    label: 'Find Recovery Report',
    description:
      'Finds how many missed calls were texted back and turned into replies or callbacks over a recent period, and how fast callers were called back.',
  },
  operation: {
    inputFields,
    perform,
    outputFields: [
      { key: 'id', label: 'ID' },
      { key: 'period_start', label: 'Period Start', type: 'datetime' },
      { key: 'period_end', label: 'Period End', type: 'datetime' },
      { key: 'missed_calls', label: 'Missed Calls', type: 'integer' },
      { key: 'text_backs_sent', label: 'Text-Backs Sent', type: 'integer' },
      { key: 'replies', label: 'Callers Who Replied', type: 'integer' },
      { key: 'callbacks', label: 'Callers Reached by Phone', type: 'integer' },
      { key: 'opt_outs', label: 'Opt-Outs', type: 'integer' },
      { key: 'recovered_callers', label: 'Recovered Callers', type: 'integer' },
      { key: 'recovery_rate', label: 'Recovery Rate', type: 'number' },
      { key: 'median_seconds_to_text_back', label: 'Median Seconds to Text-Back', type: 'integer' },
      { key: 'text_backs_undelivered', label: 'Text-Backs Not Delivered', type: 'integer' },
      { key: 'callers_called_back', label: 'Missed Callers Called Back', type: 'integer' },
      { key: 'median_minutes_to_callback', label: 'Median Minutes to Callback', type: 'number' },
      { key: 'callers_not_reached', label: 'Missed Callers Not Reached', type: 'integer' },
    ],
    sample,
  },
});
