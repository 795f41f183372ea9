import { MAIN_LINE } from '../../sandbox/scenario';
import { perform, run, useSandbox } from '../helpers/app';

/**
 * README recipe 6, run as its Zaps against the sandbox: every text-back and every opt-out (or opt-in) reply is
 * written to Zapier Tables, and the next Send Text-Back reads the caller's latest opt-out row back into Opted Out
 * Elsewhere. The store below stands in for the Tables steps (Create Record, Find Record newest first, and a
 * Formatter lookup table: opt_out -> yes, opt_in -> no). Twilio deletes its records after 13 months by default;
 * the table keeps them, so a STOP Twilio no longer has is still honoured.
 */
const sandbox = useSandbox();
type Item = Record<string, unknown>;
type Row = Record<string, string>;

/** Zapier Tables as the recipe uses it: rows appended, the newest matching row found. */
class TablesDouble {
  readonly tables = new Map<string, Row[]>();
  createRecord(table: string, row: Row): void {
    this.tables.set(table, [...(this.tables.get(table) ?? []), row]);
  }
  findNewest(table: string, column: string, value: string): Row | null {
    return (this.tables.get(table) ?? []).filter((row) => row[column] === value).at(-1) ?? null;
  }
}

/** The recipe's Formatter lookup table from Evidence Kind to the Opted Out column. */
const OPTED_OUT_BY_KIND: Readonly<Record<string, string>> = { opt_out: 'yes', opt_in: 'no' };

let next = 500;
const freshCaller = () => `+1720555${String(next++).padStart(4, '0')}`;
const textsTo = (number: string) =>
  sandbox().state.messages.filter((message) => message.to === number && message.direction === 'outbound-api');

/** Zap 1: New Missed Call -> Tables Find Record (Opt-outs, Phone = Caller Number) -> Send Text-Back -> Create Record. */
async function missedCallZap(tables: TablesDouble, caller: string): Promise<Item> {
  const [call] = ((await run(sandbox(), perform('triggers', 'missed_call'))) as Item[]).filter(
    (item) => item.caller_number === caller,
  );
  const optOut = tables.findNewest('Opt-outs', 'Phone', String(call.caller_number));
  const result = (await run(sandbox(), perform('creates', 'send_text_back'), {
    inputData: {
      to: call.caller_number,
      from: call.business_number,
      call_id: call.id,
      called_at: call.called_at,
      business_name: 'Rapid Rooter Plumbing',
      // Find Record's field, blank when no row was found ("continue if nothing is found")
      opted_out_elsewhere: optOut?.['Opted Out'] ?? '',
      if_skipped: 'continue',
    },
  })) as Item;
  tables.createRecord('Text-backs', {
    Phone: String(call.caller_number),
    Kind: String(result.evidence_kind),
    Record: String(result.evidence_record),
  });
  return result;
}

/** Zap 2: New Text Reply -> Filter (Evidence Kind is opt_out or opt_in) -> Formatter lookup -> Create Record. */
async function replyZap(tables: TablesDouble): Promise<void> {
  const items = (await run(sandbox(), perform('triggers', 'text_reply'), { inputData: {} })) as Item[];
  for (const item of [...items].reverse()) {
    const kind = String(item.evidence_kind);
    if (!Object.hasOwn(OPTED_OUT_BY_KIND, kind)) continue;
    tables.createRecord('Opt-outs', {
      Phone: String(item.from_number),
      Kind: kind,
      'Opted Out': OPTED_OUT_BY_KIND[kind],
      Record: String(item.evidence_record),
    });
  }
}

/** What 13 months do to Twilio's log: the caller's texts are gone. */
function twilioForgets(caller: string) {
  const state = sandbox().state;
  state.messages = state.messages.filter((message) => message.from !== caller && message.to !== caller);
}

test('Recipe 6: an opt-out Twilio no longer keeps is honoured from the table', async () => {
  const tables = new TablesDouble();
  const caller = freshCaller();
  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 50 });
  expect(await missedCallZap(tables, caller)).toMatchObject({ status: 'sent', evidence_kind: 'text_back' });
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'I told you to stop' });
  await replyZap(tables);
  const row = tables.findNewest('Opt-outs', 'Phone', caller);
  expect(row).toMatchObject({ Phone: caller, Kind: 'opt_out', 'Opted Out': 'yes' });
  expect(row!.Record).toMatch(/replied "I told you to stop" to .*: opt-out\.$/);

  twilioForgets(caller);
  const [record] = (await run(sandbox(), perform('searches', 'find_consent'), {
    inputData: { phone_number: caller },
  })) as Item[];
  // Twilio's log alone no longer shows the STOP, and says what its verdict rests on.
  expect(record).toMatchObject({ can_text: true, consent_status: 'implied_by_call', evidence_source: 'twilio_log' });
  expect(String(record.reason)).toMatch(/13 months by default/);

  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 });
  const again = await missedCallZap(tables, caller);
  expect(again).toMatchObject({ status: 'skipped', skip_reason: 'opted_out', evidence_kind: 'opt_out' });
  expect(textsTo(caller)).toHaveLength(0);
  expect(tables.tables.get('Text-backs')!.map((logged) => logged.Kind)).toEqual(['text_back', 'opt_out']);
  expect(tables.tables.get('Text-backs')![0].Record).toMatch(/ texted .*: consent by inbound call CA/);
});

test('Recipe 6: an opt-in after the opt-out reads back as "no", and the caller is texted', async () => {
  const tables = new TablesDouble();
  const caller = freshCaller();
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'STOP', at: new Date(Date.now() - 7200000) });
  sandbox().addInboundMessage({ from: caller, to: MAIN_LINE, body: 'START', at: new Date(Date.now() - 3600000) });
  await replyZap(tables);
  expect(tables.findNewest('Opt-outs', 'Phone', caller)).toMatchObject({ Kind: 'opt_in', 'Opted Out': 'no' });
  sandbox().addMissedCall({ from: caller, to: MAIN_LINE, minutesAgo: 1 });
  expect(await missedCallZap(tables, caller)).toMatchObject({ status: 'sent' });
  expect(textsTo(caller)).toHaveLength(1);
});
