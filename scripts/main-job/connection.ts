import { firstLine, table } from '../report-format';
import { type Item, op, type Section } from './context';

export const connectionSection: Section = {
  title: 'Connection',
  async run({ sandbox, run, print }) {
    const account = (await run(op.auth)) as Item;
    print(`Connected to Twilio account "${account.friendly_name}" (${account.sid}) at ${sandbox.url}`);
    try {
      await run(op.auth, { authData: { ...sandbox.authData(), auth_token: 'wrong-token' } });
    } catch (error) {
      print(`A wrong Auth Token is refused: ${firstLine(error)}`);
    }
    const numbers = (await run(op.numbers)) as Item[];
    print(`\nBusiness numbers (${numbers.length}):`);
    print(
      table([
        ['Number', 'Can text', 'Takes calls'],
        ...numbers.map((n) => [String(n.label), n.sms_enabled ? 'yes' : 'no', n.voice_enabled ? 'yes' : 'no']),
      ]),
    );
  },
};
