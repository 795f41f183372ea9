import { InputError } from '../errors/input-error';
import type { PlaceholderName } from './placeholders';

export const TEMPLATE_NAMES = [
  'acknowledge',
  'booking_link',
  'social_proof',
  'service_specific',
  'after_hours',
  'custom',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type BuiltInTemplate = Exclude<TemplateName, 'custom'>;

/** The longest callback promise a template may make: a week. */
export const MAX_CALLBACK_MINUTES = 10080;
/** The callback promise when the owner names none: "within 5 min". */
export const DEFAULT_CALLBACK_MINUTES = 5;

/** A template chosen by name (any case); `label` names the field in the error. Blank means the fallback. */
export function templateNamed(value: string | undefined, fallback: TemplateName, label = 'Template'): TemplateName {
  const name = value?.trim().toLowerCase();
  if (!name) return fallback;
  if ((TEMPLATE_NAMES as readonly string[]).includes(name)) return name as TemplateName;
  throw new InputError(
    `${label} "${value}" is not one of the templates (${TEMPLATE_NAMES.join(', ')}). Pick one in the Send Text-Back step.`,
  );
}

/** Placeholders only the built-in templates use (owners write {callback_minutes} instead). */
export type TemplatePlaceholder = PlaceholderName | 'callback_wait' | 'late_call';

/** What a sentence may depend on: a value being set, or the call being over an hour old. */
export type TemplateFlag = PlaceholderName | 'late_call';

/** A sentence, kept only when the values it names are set (`when`) and those in `unless` are missing. */
interface Sentence {
  text: string;
  when?: TemplateFlag | readonly TemplateFlag[];
  unless?: TemplateFlag | readonly TemplateFlag[];
}

interface Template {
  label: string;
  /** Values the template cannot do without, beyond the business name. */
  requires: readonly PlaceholderName[];
  sentences: readonly Sentence[];
}

/**
 * Each fits one GSM-7 segment (160 septets) with the default footer, a 30-character business name, an 11-letter
 * first name ("Christopher"), a callback number, a 30-character booking link and the longest {opens_at}.
 * Straight apostrophes only: a curly one would make the whole text UCS-2.
 * "Reply YES" matters: YES is the reply the app reads as a callback request.
 */
export const TEMPLATES: Readonly<Record<BuiltInTemplate, Template>> = {
  acknowledge: {
    label: 'Acknowledge',
    requires: [],
    sentences: [
      { text: 'Hi {caller_name|there}, sorry {business_name} missed your call!' },
      // {callback_wait} says "as soon as we can" for a call over an hour old.
      { text: "We'll call you back {callback_wait}. Reply YES to confirm." },
    ],
  },
  booking_link: {
    label: 'Booking Link',
    requires: ['booking_link'],
    sentences: [
      { text: 'Hi {caller_name|there}, sorry {business_name} missed your call!' },
      { text: 'Book at {booking_link} or call {callback_number}.', when: 'callback_number' },
      { text: 'Book online anytime at {booking_link}', unless: 'callback_number' },
    ],
  },
  social_proof: {
    label: 'Social Proof',
    requires: [],
    sentences: [
      { text: 'Hi {caller_name|there}, {business_name} here.' },
      { text: "Sorry we missed you, we're busy serving customers!" },
      { text: 'Reply with a good time to call.' },
    ],
  },
  service_specific: {
    label: 'Service Specific',
    requires: [],
    sentences: [
      { text: 'Hi {caller_name|there}, {business_name} here.' },
      // "fast" and "quick" are promises too: a call over an hour old gets "as soon as we can" instead.
      { text: 'Need {service} fast?', when: 'service', unless: 'late_call' },
      { text: 'Emergency?', unless: ['service', 'late_call'] },
      { text: 'Reply YES for a quick call.', unless: 'late_call' },
      { text: "Reply YES and we'll call as soon as we can.", when: 'late_call' },
      { text: 'Book: {booking_link}', when: 'booking_link' },
      { text: 'Not urgent? Reply with a good time.', unless: 'booking_link' },
    ],
  },
  // Sent while closed: it promises no minutes, only the next opening (contract: After hours).
  after_hours: {
    label: 'After Hours',
    requires: ['opens_at'],
    sentences: [
      { text: 'Hi {caller_name|there}, sorry {business_name} missed your call!' },
      { text: 'We open {opens_at} and will call you back then.' },
    ],
  },
};

/** The template's text for the values at hand, placeholders still in place. */
export function templateText(name: BuiltInTemplate, isSet: (value: TemplateFlag) => boolean): string {
  const all = (flags: TemplateFlag | readonly TemplateFlag[] | undefined, wanted: boolean) =>
    [flags ?? []].flat().every((flag) => isSet(flag) === wanted);
  return TEMPLATES[name].sentences
    .filter((sentence) => all(sentence.when, true) && all(sentence.unless, false))
    .map((sentence) => sentence.text)
    .join(' ');
}

/** Calls older than this get no promise of minutes: the promise would already be broken (contract). */
export const PROMISE_WINDOW_MINUTES = 60;
export const LATE_CALLBACK_WAIT = 'as soon as we can';

/** "within 15 min", "within 2 hours": how the templates say when the call back comes. */
export function callbackWait(minutes: number): string {
  if (minutes === 0) return 'right away';
  if (minutes % 60 === 0) return minutes === 60 ? 'within the hour' : `within ${minutes / 60} hours`;
  return `within ${minutes} min`;
}
