import { basename, join } from 'node:path';
import zapier, { defineApp } from 'zapier-platform-core';
import authentication from './authentication';
import sendTeamAlert from './creates/send-team-alert';
import sendTextBack from './creates/send-text-back';
import findConsent from './searches/find-consent';
import findMissedCallInWebhook from './searches/find-missed-call-in-webhook';
import findRecoveryReport from './searches/find-recovery-report';
import findTextingReadiness from './searches/find-texting-readiness';
import findVoicemail from './searches/find-voicemail';
import missedCall from './triggers/missed-call';
import missedCallInstant from './triggers/missed-call-instant';
import missedCallUnreturned from './triggers/missed-call-unreturned';
import missedCallWebhook from './triggers/missed-call-webhook';
import phoneNumber from './triggers/phone-number';
import smsPhoneNumber from './triggers/sms-phone-number';
import textBackUndelivered from './triggers/text-back-undelivered';
import textReply from './triggers/text-reply';

// The built app runs from dist/, one level below package.json; tests load the sources from the root.
const { version } = require(join(__dirname, basename(__dirname) === 'dist' ? '..' : '.', 'package.json')) as {
  version: string;
};

const app = defineApp({
  version,
  platformVersion: zapier.version,
  authentication,
  triggers: {
    [phoneNumber.key]: phoneNumber,
    [smsPhoneNumber.key]: smsPhoneNumber,
    [missedCall.key]: missedCall,
    [missedCallInstant.key]: missedCallInstant,
    [missedCallWebhook.key]: missedCallWebhook,
    [missedCallUnreturned.key]: missedCallUnreturned,
    [textReply.key]: textReply,
    [textBackUndelivered.key]: textBackUndelivered,
  },
  creates: {
    [sendTextBack.key]: sendTextBack,
    [sendTeamAlert.key]: sendTeamAlert,
  },
  searches: {
    [findConsent.key]: findConsent,
    [findRecoveryReport.key]: findRecoveryReport,
    [findTextingReadiness.key]: findTextingReadiness,
    [findMissedCallInWebhook.key]: findMissedCallInWebhook,
    [findVoicemail.key]: findVoicemail,
  },
});

export = app;
