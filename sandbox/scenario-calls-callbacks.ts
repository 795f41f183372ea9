import { DAVE_CELL, MAIN_LINE, missed, VOICEMAIL_RECORDED } from './scenario-lines';
import type { ScenarioCall } from './scenario-types';

/**
 * Missed callers the team calls back after 5 minutes, after 40 minutes, and never (the callback loop, issue 22),
 * logged as Twilio logs a callback: an `outbound-api` call from the business number to the caller, or Dave's
 * click-to-call (the API rings Dave's cell from the main line, and once he answers, `<Dial>` places the
 * `outbound-dial` leg from the main line to the caller).
 */
export const CALLBACK_CALLERS = {
  afterFive: '+17375550170',
  afterForty: '+17375550171',
  never: '+17375550172',
} as const;

/** Minutes from each missed call to the call that reached the caller (null: nobody did). */
export const MINUTES_TO_CALLBACK: Readonly<Record<keyof typeof CALLBACK_CALLERS, number | null>> = {
  afterFive: 5,
  afterForty: 40,
  never: null,
};

export const CALLS_THE_TEAM_RETURNS: ScenarioCall[] = [
  {
    key: 'callback-after-5-missed',
    situation: 'Missed while everyone was on a job; Maria called back 5 minutes later',
    expect: missed('no_answer'),
    textBack: 'already_connected',
    from: CALLBACK_CALLERS.afterFive,
    to: MAIN_LINE,
    status: 'no-answer',
    minutesAgo: 245,
  },
  {
    key: 'callback-after-5-call',
    situation: "Maria's call back from the main line, answered",
    expect: 'not_a_caller',
    from: MAIN_LINE,
    to: CALLBACK_CALLERS.afterFive,
    direction: 'outbound-api',
    status: 'completed',
    minutesAgo: 240,
    durationSeconds: 180,
  },
  {
    key: 'callback-after-40-missed',
    situation: 'Left a voicemail; the first call back went unanswered, the second reached them 40 minutes later',
    expect: VOICEMAIL_RECORDED,
    textBack: 'already_connected',
    from: CALLBACK_CALLERS.afterForty,
    to: MAIN_LINE,
    status: 'completed',
    minutesAgo: 215,
    durationSeconds: 40,
    legs: [{ to: DAVE_CELL, status: 'no-answer' }],
    recording: {
      source: 'RecordVerb',
      status: 'completed',
      durationSeconds: 28,
      transcription: { status: 'completed', text: 'Hi, my kitchen sink is backing up. Please call me back.' },
    },
  },
  {
    key: 'callback-after-40-unanswered',
    situation: "Maria's first call back rang out",
    expect: 'not_a_caller',
    from: MAIN_LINE,
    to: CALLBACK_CALLERS.afterForty,
    direction: 'outbound-api',
    status: 'no-answer',
    minutesAgo: 205,
  },
  {
    key: 'callback-after-40-click-to-call',
    situation: "Dave's click-to-call: his cell rings first, then the caller, who answers",
    expect: 'not_a_caller',
    from: MAIN_LINE,
    to: DAVE_CELL,
    direction: 'outbound-api',
    status: 'completed',
    minutesAgo: 175,
    durationSeconds: 320,
    legs: [{ to: CALLBACK_CALLERS.afterForty, status: 'completed', durationSeconds: 300 }],
  },
  {
    key: 'callback-never-missed',
    situation: 'Missed, and nobody called back',
    expect: missed('no_answer'),
    textBack: 'sent',
    from: CALLBACK_CALLERS.never,
    to: MAIN_LINE,
    status: 'no-answer',
    minutesAgo: 150,
  },
];
