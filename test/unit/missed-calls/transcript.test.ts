import { type MissedCallFacts, missedCall } from '../../../lib/missed-calls/item';
import {
  MAX_TRANSCRIPT_CHARS,
  plainTranscript,
  type Transcript,
  transcriptsByRecording,
  twilioTranscript,
} from '../../../lib/missed-calls/transcript';
import type { Transcription } from '../../../lib/twilio/resources';

let counter = 0;
const transcription = (status: string, text: string | null = null, date = '2026-11-29T14:05:00Z'): Transcription => {
  counter += 1;
  return {
    sid: `TR${String(counter).padStart(32, '0')}`,
    recording_sid: 'RE00000000000000000000000000000001',
    status,
    transcription_text: text,
    date_created: date,
  };
};

describe("a recording's transcript from Twilio's transcriptions", () => {
  test.each<[string, Transcription[], Transcript]>([
    ['none listed: no transcription was asked for', [], { status: 'none', text: null }],
    ['in progress', [transcription('in-progress')], { status: 'pending', text: null }],
    ['completed', [transcription('completed', 'Call me back')], { status: 'completed', text: 'Call me back' }],
    ['failed', [transcription('failed')], { status: 'failed', text: null }],
    [
      'completed without words (a silent message)',
      [transcription('completed', null)],
      { status: 'completed', text: null },
    ],
    [
      'a completed one wins over a failed retry',
      [
        transcription('failed', null, '2026-11-29T14:09:00Z'),
        transcription('completed', 'Leak', '2026-11-29T14:05:00Z'),
      ],
      { status: 'completed', text: 'Leak' },
    ],
    [
      'otherwise the newest',
      [
        transcription('failed', null, '2026-11-29T14:05:00Z'),
        transcription('in-progress', null, '2026-11-29T14:09:00Z'),
      ],
      { status: 'pending', text: null },
    ],
    ['a status Twilio may add later reads as under way', [transcription('queued')], { status: 'pending', text: null }],
    ['own keys only: "constructor" is not a status', [transcription('constructor')], { status: 'pending', text: null }],
  ])('%s', (_, rows, expected) => {
    expect(twilioTranscript(rows)).toEqual(expected);
  });

  test('indexed by recording SID, so a poll matches all its voicemails from one list', () => {
    const other = { ...transcription('completed', 'Other'), recording_sid: 'RE00000000000000000000000000000002' };
    const index = transcriptsByRecording([transcription('in-progress'), other]);
    expect(index.get('RE00000000000000000000000000000001')).toEqual({ status: 'pending', text: null });
    expect(index.get('RE00000000000000000000000000000002')).toEqual({ status: 'completed', text: 'Other' });
    expect(index.get('constructor')).toBeUndefined();
  });
});

describe('transcript text is hostile input', () => {
  test.each<[string, unknown, string | null]>([
    ['fullwidth letters folded (NFKC)', 'ＣＡＬＬ ｍｅ', 'CALL me'],
    ['control and format characters dropped', 'Call\u0000 me\u202e back\u200b', 'Call me back'],
    ['whitespace runs collapsed', '  Call\n\n me\tback  ', 'Call me back'],
    ['blank is null', '   ', null],
    ['not a string is null', { text: 'hi' }, null],
    ['null is null', null, null],
  ])('%s', (_, raw, expected) => {
    expect(plainTranscript(raw)).toBe(expected);
  });

  test('clipped to the limit with an ellipsis, never splitting a character', () => {
    const long = '😀'.repeat(MAX_TRANSCRIPT_CHARS + 50);
    const clipped = plainTranscript(long)!;
    expect(Array.from(clipped)).toHaveLength(MAX_TRANSCRIPT_CHARS);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('the missed-call item', () => {
  const item = (caller: string, extra: Partial<MissedCallFacts> = {}) =>
    missedCall({
      id: 'CA00000000000000000000000000000001',
      callId: 'CA00000000000000000000000000000001',
      provider: 'twilio',
      caller,
      businessNumber: '+15125550100',
      missedReason: 'voicemail',
      voicemailUrl: 'https://api.twilio.com/rec/RE1',
      calledAt: '2026-11-29T14:03:00Z',
      ...extra,
    });

  test.each([
    ['(512) 555-0123', 'tel:+15125550123'],
    ['+44 20 7946 0018', 'tel:+442079460018'],
    ['anonymous', null],
    ['+266696687', null],
  ])('caller %p: callback_link %p', (caller, link) => {
    expect(item(caller).callback_link).toBe(link);
  });

  test('a voicemail carries its transcript; a call without one never does', () => {
    expect(item('+15125550123', { transcript: 'Leak', transcriptStatus: 'completed' })).toMatchObject({
      voicemail_transcript: 'Leak',
      voicemail_transcript_status: 'completed',
    });
    expect(item('+15125550123', { transcript: 'Leak', transcriptStatus: 'pending' })).toMatchObject({
      voicemail_transcript: null,
      voicemail_transcript_status: 'pending',
    });
    expect(item('+15125550123')).toMatchObject({ voicemail_transcript: null, voicemail_transcript_status: 'none' });
    expect(
      item('+15125550123', { missedReason: 'no_answer', transcript: 'Leak', transcriptStatus: 'completed' }),
    ).toMatchObject({ voicemail_transcript: null, voicemail_transcript_status: 'none' });
  });
});
