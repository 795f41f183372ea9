import { InputError } from '../errors/input-error';
import type { PlaceholderName } from './placeholders';

export const TEMPLATE_NAMES = ['acknowledge', 'booking_link', 'social_proof', 'service_specific', 'custom'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type BuiltInTemplate = Exclude<TemplateName, 'custom'>;

/** The longest callback promise a template may make: a week. */
export const MAX_CALLBACK_MINUTES = 10080;

/** A template chosen by name (any case); `label` names the field in the error. Blank means the fallback. */
export function templateNamed(value: string | undefined, fallback: TemplateName, label = 'Template'): TemplateName {
  const name = value?.trim().toLowerCase();
  if (!name) return fallback;
  if ((TEMPLATE_NAMES as readonly string[]).includes(name)) return name as TemplateName;
  throw new InputError(`${label} "${value}" is not one of the templates (${TEMPLATE_NAMES.join(', ')}). Pick one in the Send Text-Back step.`);
}

/** Placeholders only the built-in templates use (owners write {callback_minutes} instead). */
export type TemplatePlaceholder = PlaceholderName | 'callback_wait';

/** A sentence, kept only when the value it names is set (`when`) or missing (`unless`). */
interface Sentence {
  text: string;
  when?: PlaceholderName;
  unless?: PlaceholderName;
}

interface Template {
  label: string;
  /** Values the template cannot do without, beyond the business name. */
  requires: readonly PlaceholderName[];
  sentences: readonly Sentence[];
}

/**
 * Each fits one GSM-7 segment (160 septets) with the default footer, a business name like
 * "Rapid Rooter Plumbing", a caller's first name, a callback number and a booking link.
 * Straight apostrophes only: a curly one would make the whole text UCS-2.
 * "Reply YES" matters: YES is the reply the app reads as a callback request.
 */
export const TEMPLATES: Readonly<Record<BuiltInTemplate, Template>> = {
  acknowledge: {
    label: 'Acknowledge',
    requires: [],
    sentences: [
      { text: 'Hi {caller_name|there}, sorry {business_name} missed your call!' },
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
      { text: 'Reply with a good time for a call back.' },
    ],
  },
  service_specific: {
    label: 'Service Specific',
    requires: [],
    sentences: [
      { text: 'Hi {caller_name|there}, {business_name} here.' },
      { text: 'Need {service} fast?', when: 'service' },
      { text: 'Emergency?', unless: 'service' },
      { text: 'Reply YES for a quick call.' },
      { text: 'Or book: {booking_link}', when: 'booking_link' },
      { text: 'Not urgent? Reply with a good time.', unless: 'booking_link' },
    ],
  },
};

/** The template's text for the values at hand, placeholders still in place. */
export function templateText(name: BuiltInTemplate, isSet: (value: PlaceholderName) => boolean): string {
  return TEMPLATES[name].sentences
    .filter((sentence) => (!sentence.when || isSet(sentence.when)) && (!sentence.unless || !isSet(sentence.unless)))
    .map((sentence) => sentence.text)
    .join(' ');
}

/** "within 15 min", "within 2 hours": how the templates say when the call back comes. */
export function callbackWait(minutes: number): string {
  if (minutes === 0) return 'right away';
  if (minutes % 60 === 0) return minutes === 60 ? 'within the hour' : `within ${minutes / 60} hours`;
  return `within ${minutes} min`;
}
