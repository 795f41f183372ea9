/**
 * Twilio's REST errors the sandbox answers with: HTTP status and message per code, as Twilio documents them
 * (https://www.twilio.com/docs/api/errors). A new error is a new row.
 */
const TWILIO_ERRORS: Record<number, { status: number; message: string }> = {
  20001: { status: 400, message: 'Invalid parameter {detail}' },
  20003: { status: 401, message: 'Authenticate' },
  20404: { status: 404, message: 'The requested resource {detail} was not found' },
  20429: { status: 429, message: 'Too Many Requests' },
  20500: { status: 500, message: 'An internal server error has occurred' },
  21211: { status: 400, message: "Invalid 'To' Phone Number: {detail}" },
  21212: {
    status: 400,
    message: "The 'From' number {detail} is not a valid phone number, shortcode, or alphanumeric sender ID.",
  },
  21408: {
    status: 400,
    message: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: {detail}",
  },
  21602: { status: 400, message: 'Message body is required.' },
  21603: { status: 400, message: "A 'From' phone number is required." },
  21604: { status: 400, message: "A 'To' phone number is required." },
  21606: {
    status: 400,
    message:
      "The 'From' phone number provided ({detail}) is not a valid message-capable Twilio phone number for this destination.",
  },
  21610: { status: 400, message: 'Attempt to send to unsubscribed recipient' },
  21617: { status: 400, message: 'The concatenated message body exceeds the 1600 character limit.' },
  21701: { status: 404, message: 'The Messaging Service Sid {detail} is invalid.' },
};

/** Every error body is exactly Twilio's envelope. */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export class TwilioError extends Error {
  readonly status: number;
  readonly body: TwilioErrorBody;

  constructor(code: number, detail = '') {
    const known = TWILIO_ERRORS[code] ?? TWILIO_ERRORS[20500];
    const message = known.message.replace('{detail}', detail).trim();
    super(message);
    this.status = known.status;
    this.body = { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status: known.status };
  }
}
