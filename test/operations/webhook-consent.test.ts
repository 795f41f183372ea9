import { MAIN_LINE } from '../../sandbox/scenario';
import { appTester, perform, run, useSandbox, zapierRawRequest } from '../helpers/app';

const sandbox = useSandbox();

/** Another phone system reports a missed call; its item is mapped into Send Text-Back as a Zap would map it. */
async function textBackFor(delivery: Record<string, unknown>) {
  const rawRequest = zapierRawRequest({
    body: JSON.stringify(delivery),
    headers: { 'Content-Type': 'application/json' },
  });
  const [item] = (await appTester(perform('triggers', 'missed_call_webhook'), {
    authData: {},
    inputData: {},
    rawRequest,
  } as never)) as Record<string, unknown>[];
  return run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      to: item.caller_number,
      from: MAIN_LINE,
      business_name: 'Rapid Rooter Plumbing',
      if_skipped: 'continue',
      dry_run: 'true',
      call_id: item.id,
      called_at: item.called_at ?? '',
    },
  }) as Promise<Record<string, unknown>>;
}

test('a delivery without a call time is no consent evidence for Send Text-Back', async () => {
  const result = await textBackFor({
    caller_number: '+14125550188',
    business_number: MAIN_LINE,
    call_id: 'pbx-9001',
    missed: true,
  });
  expect(result).toMatchObject({ status: 'dry_run', skip_reason: 'no_consent' });
});

test('the same delivery with its call time is evidence, echoed as the consent call', async () => {
  const calledAt = new Date(Date.now() - 5 * 60_000).toISOString();
  const delivery = {
    caller_number: '+14125550189',
    business_number: MAIN_LINE,
    call_id: 'pbx-9002',
    missed: true,
    called_at: calledAt,
  };
  const result = await textBackFor(delivery);
  expect(result).toMatchObject({
    skip_reason: null,
    consent_basis: 'inbound_call',
    consent_call_id: 'generic:pbx-9002',
  });
});
