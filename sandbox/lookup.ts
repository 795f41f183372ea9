import {
  type CountryCode,
  type NumberType,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import type { LineType, LookupRecord } from './types';

/** Line types by numbering plan, for numbers the scenario does not list (a US number reads as mobile). */
const LINE_TYPE_BY_PLAN: Partial<Record<NonNullable<NumberType>, LineType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'landline',
  FIXED_LINE_OR_MOBILE: 'mobile',
  TOLL_FREE: 'tollFree',
  PREMIUM_RATE: 'premium',
  SHARED_COST: 'sharedCost',
  VOIP: 'nonFixedVoip',
  PERSONAL_NUMBER: 'personal',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

const NULL_PACKAGES = {
  caller_name: null,
  sim_swap: null,
  call_forwarding: null,
  line_status: null,
  line_type_intelligence: null,
  identity_match: null,
  reassigned_number: null,
  sms_pumping_risk: null,
  phone_number_quality_score: null,
  pre_fill: null,
};

/**
 * Lookup v2's answer for `GET /v2/PhoneNumbers/{number}`: an invalid number is still HTTP 200 with
 * `valid: false`; data packages not asked for in `Fields` are null.
 */
export function lookupJson(
  raw: string,
  fields: string,
  countryCode: string | undefined,
  baseUrl: string,
  known: Map<string, LookupRecord>,
): Record<string, unknown> {
  const country = (countryCode?.toUpperCase() || 'US') as CountryCode;
  const parsed = /\d/.test(raw) ? parsePhoneNumberFromString(raw, country) : undefined;
  const url = `${baseUrl}/v2/PhoneNumbers/${parsed?.number ?? encodeURIComponent(raw)}`;
  if (!parsed?.isValid()) {
    const lengthError = /\d/.test(raw) ? validatePhoneNumberLength(raw, country) : 'NOT_A_NUMBER';
    return {
      calling_country_code: parsed?.countryCallingCode ?? null,
      country_code: null,
      phone_number: parsed?.number ?? raw,
      national_format: null,
      valid: false,
      validation_errors: [lengthError ?? 'INVALID_BUT_POSSIBLE'],
      ...NULL_PACKAGES,
      url,
    };
  }
  const wanted = new Set(fields.split(',').map((field) => field.trim()));
  const record = known.get(parsed.number) ?? {
    type: LINE_TYPE_BY_PLAN[parsed.getType() ?? 'MOBILE'] ?? 'unknown',
    carrierName: 'Sandbox Wireless',
  };
  return {
    calling_country_code: parsed.countryCallingCode,
    country_code: parsed.country ?? null,
    phone_number: parsed.number,
    national_format: parsed.formatNational(),
    valid: true,
    validation_errors: null,
    ...NULL_PACKAGES,
    line_type_intelligence: wanted.has('line_type_intelligence')
      ? {
          carrier_name: record.carrierName,
          error_code: null,
          mobile_country_code: record.mobileCountryCode ?? (record.type === 'mobile' ? '311' : null),
          mobile_network_code: record.mobileNetworkCode ?? (record.type === 'mobile' ? '480' : null),
          type: record.type,
        }
      : null,
    url,
  };
}
