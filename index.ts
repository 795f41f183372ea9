import zapier, { defineApp } from 'zapier-platform-core';
import authentication from './authentication';
import missedCall from './triggers/missed-call';
import missedCallInstant from './triggers/missed-call-instant';
import phoneNumber from './triggers/phone-number';

// Runs from dist/, next to which package.json sits one level up.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json') as { version: string };

const app = defineApp({
  version,
  platformVersion: zapier.version,
  authentication,
  triggers: {
    [phoneNumber.key]: phoneNumber,
    [missedCall.key]: missedCall,
    [missedCallInstant.key]: missedCallInstant,
  },
  creates: {},
  searches: {},
});

export = app;
