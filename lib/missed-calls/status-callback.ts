import { InputError } from '../errors/input-error';
import { pickAccountNumber } from '../phone/business-number';
import { displayNumber, parsePhone } from '../phone/parse';
import type { TwilioClient } from '../twilio/client';
import { isNotFound, orNullWhenNotFound } from '../twilio/error-table';
import { isCallSid } from '../twilio/sids';
import { type MissedCallOptions, missedCallFromTwilio } from './call-log';
import type { MissedCall } from './item';
import { transcriptsByRecording } from './transcript';

/** What subscribing changed on the number, so unsubscribing can put it back. */
export interface HookSubscription {
  targetUrl: string;
  numberSid: string;
  phoneNumber: string;
  previousStatusCallback: string | null;
  previousStatusCallbackMethod: string | null;
}

/**
 * Points the number's call status callback at the Zap, after checking that doing so breaks nothing:
 * a number run by a TwiML App or SIP trunk ignores its own callback, and another app's callback is
 * only replaced when the owner says so.
 */
export async function subscribeNumber(
  twilio: TwilioClient,
  picked: string,
  targetUrl: string,
  replaceExisting: boolean,
): Promise<HookSubscription> {
  if (twilio.connection.usesApiKey) {
    throw new InputError(
      'Instant missed calls need a connection made with your Auth Token: Twilio signs its notifications with it, and the app checks that signature. Reconnect Twilio without an API Key, or use the New Missed Call trigger.',
    );
  }
  const number = pickAccountNumber(picked, await twilio.listNumbers());
  const name = displayNumber(number.phone_number);
  if (number.voice_application_sid) {
    throw new InputError(
      `Calls to ${name} are handled by a TwiML App, which sends its own call notifications. Use the New Missed Call trigger for this number instead.`,
    );
  }
  if (number.trunk_sid) {
    throw new InputError(
      `Calls to ${name} go through a SIP trunk, so Twilio does not notify this number's status callback. Use the New Missed Call trigger for this number instead.`,
    );
  }
  const alreadyOurs = number.status_callback === targetUrl;
  if (number.status_callback && !alreadyOurs && !replaceExisting) {
    throw new InputError(
      `${name} already sends call notifications to ${number.status_callback}. Turning this Zap on would stop them. Set Replace Existing Callback to yes if that is fine (it is put back when the Zap is turned off), or use the New Missed Call trigger.`,
    );
  }
  await twilio.updateNumber(number.sid, { StatusCallback: targetUrl, StatusCallbackMethod: 'POST' });
  return {
    targetUrl,
    numberSid: number.sid,
    phoneNumber: number.phone_number,
    previousStatusCallback: alreadyOurs ? null : number.status_callback,
    previousStatusCallbackMethod: alreadyOurs ? null : number.status_callback_method,
  };
}

/**
 * Puts back the callback the number had, but only while the number still points at this Zap: another Zap or a
 * person may have taken the number's callback since, and unhooking them would silently stop their
 * notifications (contract, "Instant trigger (additions)"). A number deleted in the meantime needs nothing.
 */
export async function unsubscribeNumber(twilio: TwilioClient, subscription: HookSubscription): Promise<void> {
  try {
    const number = await twilio.fetchNumber(subscription.numberSid);
    if (number.status_callback !== subscription.targetUrl) return;
    await twilio.updateNumber(subscription.numberSid, {
      StatusCallback: subscription.previousStatusCallback ?? '',
      StatusCallbackMethod: subscription.previousStatusCallbackMethod ?? 'POST',
    });
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
}

/** A small page is enough for a call that ended seconds ago, and keeps the instant path light. */
const INSTANT_TRANSCRIPTIONS_PAGE = 50;

/** Classifies the call a verified status callback names: its own record, forwarded legs and recordings in one round trip. */
export async function missedCallFromCallback(
  twilio: TwilioClient,
  callSid: string,
  options: MissedCallOptions,
): Promise<MissedCall | null> {
  if (!isCallSid(callSid)) return null;
  const [call, legs, recordings, transcriptions] = await Promise.all([
    orNullWhenNotFound(twilio.fetchCall(callSid)),
    twilio.listCalls({ ParentCallSid: callSid }),
    twilio.listRecordings({ CallSid: callSid }),
    // The call has just ended: its transcription, if any, is among the account's newest.
    twilio.listRecentTranscriptions(INSTANT_TRANSCRIPTIONS_PAGE),
  ]);
  // A correctly signed callback for a call this account does not know (another account's, or a test): nothing to emit.
  if (!call) return null;
  // Without a subscribed number (a hand-made test bundle), the number the caller dialled is the business's.
  const businessNumbers = options.businessNumbers.length
    ? options.businessNumbers
    : [parsePhone(call.to)?.e164 ?? call.to];
  return missedCallFromTwilio(
    call,
    legs,
    recordings,
    { ...options, businessNumbers },
    transcriptsByRecording(transcriptions),
  );
}
