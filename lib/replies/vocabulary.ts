/**
 * The words the reply rules know, as data. Words are folded first (lower case, no accents or apostrophes:
 * "don't" is "dont"; see normalise.ts). A new phrasing is usually a new word in one of these sets.
 */

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/** Whole-message opt-outs: Twilio's defaults (help.twilio.com, "Twilio support for opt-out keywords"). */
export const TWILIO_OPT_OUT_KEYWORDS = words('stop stopall unsubscribe cancel end quit revoke optout');

/**
 * Whole-message opt-outs in Spanish (contract; common in US service areas), and "no more" in both languages.
 * Only as the whole message: "para" is also "for", "baja" also "low".
 */
export const OTHER_OPT_OUT_MESSAGES = words(
  // Spanish, "no more", the commonest slips of the thumb on STOP and CANCEL, STOP, QUIT and CANCEL in another form
  // of the verb ("Stopped", "Cancelled"), and the other verbs of ending
  `alto parar para pare baja cancelar detener basta nomas nomore stpo sotp tsop cancle cancell
  stopping stopped quitting cancelled canceled cancelling canceling cease halt`,
);

/** Words around a Spanish keyword that leave it a whole-message keyword ("ALTO por favor", "número equivocado, alto"). */
export const POLITE_WORDS = words('por favor porfavor please pls plz ya numero equivocado');

/** Twilio's default opt-in keywords: Twilio lifts its block on these; YES is also a callback request here. */
export const TWILIO_OPT_IN_KEYWORDS = words('start unstop yes');
/** Opt-in keywords that mean nothing but "opt me back in". */
export const OPT_IN_ONLY_KEYWORDS = words('start unstop');

/** "stop", "stopp", "stoooop", "STOPPP": one word, checked without backtracking (one + per letter). */
export const STOP_SPELLING = /^s+t+o+p+$/;

/** Courtesy and filler: words that never name the texts or a thing ("stop these now", "remove that please"). */
export const CLAUSE_FILLER_WORDS = words(`
  please pls plz plse pleas now it just ok okay k thanks thank you u thx ty yes yeah yep no nope nah sorry
  already asap immediately right all and wrong number person hi hello hey seriously omg man dude again i said
  por favor porfavor reply text txt sms msg
`);

/** Verbs that end something, in any form ("stopped texting", "quitting texts"); "stop" and its spellings as well. */
export const STOP_VERBS = words(`
  quit cease cancel end halt enough parar alto cancelar detener stopping stopped quitting cancelled canceled
  cancelling canceling
`);
/** Of those, the ones that take a bare "this" / "these" / "them" ("stop these now"); "end this" is too vague. */
export const POINTING_STOP_VERBS = words('cease halt');

/** "stop texting", "quit messaging": the gerund names the contact itself. */
export const CONTACT_GERUNDS = words(`
  texting txting texing messaging msging messeging contacting bothering spamming harassing harrassing emailing
`);
/** "stop sending / receiving / getting" + what: "stop sending me these", not "stop sending the guy". */
export const DELIVERY_GERUNDS = words('sending receiving recieving getting geting');
/** One word after a delivery gerund that means the texts ("stop sending anything", "stop sending again"). */
export const DELIVERY_OBJECTS = words('anything stuff spam again now please pls plz already more');

/** Words between a verb and the thing it acts on ("stop with the texts", "cancel all these messages"). */
export const DETERMINERS = words(`
  the these this those them all your ur yr my our any more with w such ya yall yalls those other further
  unwanted unsolicited stupid annoying damn automated auto a la los las su sus tu tus estos esos
`);
/** A determiner that can stand for the texts on its own at the end of a clause ("stop this", "stop them"). */
export const POINTING_WORDS = words('this these those them');

/** The texts, or contact: nouns by prefix (texts, txts, messages, msgs, sms, spam, robotexts, reminders...). */
export const TEXT_NOUN_PREFIXES = [
  'text',
  'txt',
  'messag',
  'msg',
  'sms',
  'spam',
  'robo',
  'notif',
  'alert',
  'remind',
  'mensaj',
  'subscri',
  'suscri',
  'communicat',
];
export const TEXT_NOUNS = words('tx txs texs contact contacts calls marketing promos promotions ads');

/** Saying no: "don't", "do not", "never", "no longer" (two-word forms are matched in the rules). */
export const NEGATIONS = words('dont dnt donot never');
/** People talking about themselves ("I don't text much"), not asking the business. */
export const OWN_SUBJECTS = words('i we he she they im');
/** Words between a negation and its verb ("don't you ever text me", "never again message me"). */
export const NEGATION_SKIPS = words('ever again you u ya yall anyone anybody please pls plz even');
/** Verbs of contact that a negation forbids ("don't text", "never message", "do not contact"). */
export const CONTACT_VERB_PREFIXES = [
  'text',
  'txt',
  'messag',
  'msg',
  'contact',
  'spam',
  'email',
  'bother',
  'harass',
  'disturb',
];
export const CONTACT_VERBS = words('tex sms bug');
/** Joining two contact verbs: "don't call or text", "dont call n text". */
export const CONJUNCTIONS = words('or and nor n');
/** "don't want / need" + ... + texts. */
export const WANTING = words('want wanna need wish like');
/** Words that may come between "don't want" and the texts ("any more of your", "to be", "to receive"). */
export const WANT_SKIPS = words(`
  any more anymore these this those your ur yr the to be receive receiving get getting of yalls no further other
  such all unwanted unsolicited stupid annoying automated
`);
/** The business, addressed: "I don't want you to text me", "don't want to hear from ya". */
export const ADDRESSEES = words('you u ya yall');
/** "don't want to be texted / contacted / called". */
export const CONTACT_PASSIVES = words('texted txted messaged contacted called spammed bothered');
/** "don't call me again", "never call anymore": a call ban with no time attached. */
export const CALL_BAN_ENDINGS = words('again anymore ever');
/** Words after "consent" is denied: "not", "no", "never", "withdraw my", "without my". */
export const CONSENT_DENIALS = words(
  'not no dont never didnt withdraw withdrawn withdrawing revoke revoking without nor',
);
export const CONSENT_SKIPS = words('my your any give gave agree agreed to');
/** "remove / delete / erase / cancel me" or "... my number". */
export const REMOVAL_VERBS = words('remove delete erase cancel eliminar eliminen borrar borren');
export const REMOVAL_PEOPLE = words('me us');
export const OWNERS = words('my this our mi este');
export const NUMBER_NOUNS = words(
  'number num phone cell cellphone mobile info information details name contact digits numero telefono',
);
/** "off your list", "off the texting list": the kinds of list a business keeps its contacts on. */
export const LIST_KINDS = words('mailing contact contacts calling call marketing sms phone');
/** "I'm blocking you", "block this number": the people or things a customer blocks. */
export const BLOCKED_PEOPLE = words('you u ya yall');
/** "lose my number", "forget my number". */
export const FORGETTING = words('lose forget');
/** Single words that are an opt-out wherever they stand (prefixes): unsubscribe, revoke, cease and desist. */
export const OPT_OUT_WORD_PREFIXES = ['unsub', 'unsus', 'revok', 'desist'];
export const OPT_OUT_WORDS = words('optout dnc');

/**
 * Spanish refusals of the texts ("no me manden mensajes", "no quiero mensajes", "dejen de mandarme mensajes"):
 * the words that may stand between "no" (or "dejen de") and the texts. Accents are already gone ("envíes").
 */
export const SPANISH_REFUSAL_SKIPS = words(`
  me nos les quiero queremos necesito manden mandes mande mandar mandarme envien envies envie enviar enviarme
  recibir vuelvan vuelvas a mas sus tus esos estos los las ningun ninguno
`);
/** "no me escriban", "no me contacten", "deja de escribirme": Spanish verbs of contact, by prefix. */
export const SPANISH_CONTACT_VERB_PREFIXES = ['escrib', 'contact', 'textee', 'texte'];
/** "deja de", "dejen de", "deje de": stop doing. */
export const SPANISH_STOP_VERBS = words('deja dejen deje dejar');
/** "darme de baja", "denme de baja": unsubscribe me. */
export const SPANISH_UNSUBSCRIBE_VERBS = words('dar darme dame deme denme den darnos');
/** "sáquenme / bórrenme / quítenme de su lista", by prefix (accents are gone). */
export const SPANISH_LIST_REMOVAL_PREFIXES = ['saque', 'sacar', 'saca', 'borre', 'borra', 'quite', 'quita', 'elimine'];
export const SPANISH_LISTS = words('lista listas');

/**
 * Opt-out words (contract, "Opt-outs, fail closed for real"): wherever one stands, the reply is an opt-out unless
 * a known harmless use explains it (harmless-uses.ts). Each word maps to the entry its harmless uses are listed
 * under; the slips of the thumb count as the word they miss.
 */
export const OPT_OUT_WORD_ENTRIES = new Map<string, string>([
  ...[...words('stop stopp stpo sotp tsop stp stahp srop stoo')].map((word): [string, string] => [word, 'stop']),
  ['stoop', 'stoop'],
  ['stopall', 'stopall'],
  ...[...words('cancel cancle cancell cancl cansel')].map((word): [string, string] => [word, 'cancel']),
  ['end', 'end'],
  ...[...words('quit quitt')].map((word): [string, string] => [word, 'quit']),
  ['optout', 'optout'],
  ['remove', 'remove'],
  ['delete', 'delete'],
  ['dnc', 'dnc'],
  // Spanish (contract: ALTO, PARAR, PARA, PARE, BAJA, CANCELAR, DETENER, NO MÁS), and BASTA ("enough")
  ...[...words('alto parar para pare baja cancelar detener basta nomas')].map((word): [string, string] => [word, word]),
]);
/** Opt-out words by prefix: unsubscribe (and "unsub", "unsubscibe"), revoke, cease and desist. */
export const OPT_OUT_WORD_PREFIX_ENTRIES: ReadonlyArray<readonly [string, string]> = [
  ['unsub', 'unsubscribe'],
  ['unsus', 'unsubscribe'],
  ['usub', 'unsubscribe'],
  ['revok', 'revoke'],
  ['desist', 'desist'],
];
/** The negations that make "call" an opt-out phrase ("don't call", "do not call", "never call"). */
export const CALL_NEGATIONS = words('dont dnt donot never');
/**
 * A harmless use explains an opt-out word only in a phrase that does not speak of the texts: "the leak won't
 * stop" is about a leak, "your texts won't stop" is not.
 */
export const TEXTS_SPOKEN_OF = words(`
  texts txts txs msgs messages sms spam notifications reminders alerts robotexts mensajes textos ads promos
  promotions marketing calls robocalls
  texting txting texing messaging msging contacting bothering spamming harassing harrassing
`);
