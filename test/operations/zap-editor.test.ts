import type { Bundle, ZObject } from 'zapier-platform-core';
import { greetingName } from '../../lib/callers/greeting-name';
import { composeText } from '../../lib/sms/compose';
import { MAIN_LINE, TRUNK_LINE } from '../../sandbox/scenario';
import { afterHoursFields, messageFields } from '../../zapier/text-back-fields';
import { App, perform, run, useSandbox } from '../helpers/app';

const sandbox = useSandbox();
type Item = Record<string, unknown>;
type Field = { key: string; helpText?: string; dynamic?: string; choices?: unknown };

const fieldsOf = (operation: { inputFields?: unknown[] }) => (operation.inputFields ?? []) as Field[];
const sendFields = fieldsOf(App.creates!.send_text_back.operation);
const shown = (fn: typeof messageFields, inputData: Record<string, unknown>) =>
  fn({} as ZObject, { inputData } as unknown as Bundle).map((field) => field.key);

describe('the From dropdown offers only numbers that can text', () => {
  test('From lists the hidden sms_phone_number trigger, which leaves out voice-only numbers', async () => {
    expect(sendFields.find((field) => field.key === 'from')?.dynamic).toBe('sms_phone_number.id.label');
    const all = (await run(sandbox(), perform('triggers', 'phone_number'))) as Item[];
    const textable = (await run(sandbox(), perform('triggers', 'sms_phone_number'))) as Item[];
    expect(all.map((number) => number.id)).toContain(TRUNK_LINE);
    expect(textable.map((number) => number.id)).not.toContain(TRUNK_LINE);
    expect(textable.length).toBe(all.length - 1);
    expect(textable.every((number) => number.sms_enabled === true)).toBe(true);
    expect(Object.keys(textable[0]).sort()).toEqual(Object.keys(all[0]).sort());
  });
});

describe('a dry run checks the From number', () => {
  const dryRun = (from: string) =>
    run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: { to: '+15125550123', from, business_name: 'Rapid Rooter Plumbing', dry_run: true },
    });

  test('a number that cannot text is named, with what to do', async () => {
    await expect(dryRun(TRUNK_LINE)).rejects.toThrow(
      /Dry run: The From number Desk Phones \(SIP\) \(512\) 555-0104 cannot send texts: SMS is not turned on for it in Twilio\. Pick a number that can text in From\./,
    );
  });

  test('a number the account does not own is named, with what to do', async () => {
    await expect(dryRun('+15125550177')).rejects.toThrow(
      /Dry run: The From number \(512\) 555-0177 is not one of the numbers in this Twilio account/,
    );
  });

  test('a number of the account that can text passes', async () => {
    expect(await dryRun(MAIN_LINE)).toMatchObject({ status: 'dry_run' });
  });
});

describe('fields appear where they matter', () => {
  test('Message only for the Custom template (or a template mapped from an earlier step)', () => {
    expect(shown(messageFields, {})).toEqual([]);
    expect(shown(messageFields, { template: 'acknowledge' })).toEqual([]);
    expect(shown(messageFields, { template: 'after_hours' })).toEqual([]);
    expect(shown(messageFields, { template: 'custom' })).toEqual(['message']);
    expect(shown(messageFields, { template: '{{123__template}}' })).toEqual(['message']);
  });

  test('the after-hours fields only once Business Hours are set; its Message only for Custom', () => {
    expect(shown(afterHoursFields, {})).toEqual([]);
    expect(shown(afterHoursFields, { business_hours: '  ' })).toEqual([]);
    expect(shown(afterHoursFields, { business_hours: 'Mon-Fri 08:00-17:00' })).toEqual(['after_hours_template']);
    expect(shown(afterHoursFields, { business_hours: 'Mon-Fri 08:00-17:00', after_hours_template: 'custom' })).toEqual([
      'after_hours_template',
      'after_hours_message',
    ]);
  });

  test('the fields that change what is shown say so', () => {
    const alters = (key: string) =>
      (sendFields.find((field) => field.key === key) as { altersDynamicFields?: boolean } | undefined)
        ?.altersDynamicFields;
    expect(['template', 'business_hours'].map(alters)).toEqual([true, true]);
    expect(sendFields.some((field) => field.key === 'message')).toBe(false);
  });
});

describe('Time Zone', () => {
  const zoneFields = [
    ...fieldsOf(App.triggers!.missed_call.operation),
    ...fieldsOf(App.triggers!.missed_call_webhook.operation),
    ...sendFields,
  ].filter((field) => field.key === 'timezone');

  test("is a dropdown of IANA zones, with one help text everywhere: blank means the Zap's time zone", () => {
    expect(zoneFields).toHaveLength(3);
    for (const field of zoneFields) {
      expect(field.choices).toEqual(expect.arrayContaining(['UTC', 'America/Chicago', 'Europe/London', 'Asia/Tokyo']));
      // The webhook adds one sentence the contract requires: zone-less provider timestamps are UTC when blank.
      expect(field.helpText?.startsWith(zoneFields[0].helpText ?? '')).toBe(true);
    }
    expect(zoneFields[0].helpText).toMatch(/Leave blank to use your Zap's time zone\./);
    expect(zoneFields[0].helpText).not.toMatch(/UTC/);
  });
});

describe('samples are what the default settings really produce', () => {
  const sample = App.creates!.send_text_back.operation.sample as Item;

  test('the Send Text-Back sample is the default template, composed', () => {
    const composed = composeText({ template: 'acknowledge', businessName: 'Rapid Rooter Plumbing' });
    expect({
      body: sample.body,
      segments: sample.segments,
      encoding: sample.encoding,
      footer_added: sample.footer_added,
    }).toEqual({
      body: composed.body,
      segments: composed.segments,
      encoding: composed.encoding,
      footer_added: composed.footerAdded,
    });
  });

  test('and what a dry run with the default settings returns, for a call just missed', async () => {
    // The sample's caller called seconds before the text; the sandbox's caller on that number called 12 hours ago,
    // so the trigger's time is mapped, as the recipes do.
    const result = (await run(sandbox(), perform('creates', 'send_text_back'), {
      inputData: {
        to: sample.to,
        from: sample.from,
        business_name: 'Rapid Rooter Plumbing',
        called_at: new Date().toISOString(),
        dry_run: true,
      },
    })) as Item;
    expect(result.body).toBe(sample.body);
  });

  test('the missed-call sample has the shape and default values of a real item (no business hours: after_hours null)', async () => {
    const [item] = (await run(sandbox(), perform('triggers', 'missed_call'))) as Item[];
    const sample = App.triggers!.missed_call.operation.sample as Item;
    const kinds = (record: Item) =>
      Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === null ? 'null' : typeof value]));
    expect(Object.keys(sample).sort()).toEqual(Object.keys(item).sort());
    expect(item.after_hours).toBeNull();
    expect(sample.after_hours).toBeNull();
    expect(kinds(sample)).toMatchObject({
      caller_first_name: 'string',
      caller_id_withheld: 'boolean',
      voicemail: 'boolean',
      duration_seconds: 'number',
    });
  });

  test.each(['missed_call', 'missed_call_instant', 'missed_call_webhook'] as const)(
    'the %s sample greets as the greeting rule does',
    (key) => {
      const missed = App.triggers![key].operation.sample as Item;
      expect(missed.caller_first_name).toBe(greetingName(missed.caller_name));
    },
  );
});
