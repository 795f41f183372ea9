/** The business, numbers and wrappers the composeText tests share: a template defaults to acknowledge. */
import { type ComposeInput, composeText } from '../../lib/sms/compose';

export const BUSINESS = 'Rapid Rooter Plumbing';
export const NUMBER = '(512) 555-0123';
export const LINK = 'https://book.example.com/rapid-rooter';
export const FOOTER = 'Reply STOP to opt out.';

export const compose = (input: Partial<ComposeInput>) =>
  composeText({ template: 'acknowledge', businessName: BUSINESS, ...input } as ComposeInput);
export const custom = (message: string, input: Partial<ComposeInput> = {}) =>
  compose({ template: 'custom', message, ...input });
