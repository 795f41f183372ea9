/**
 * The known harmless uses of each opt-out word (contract, "Opt-outs, fail closed for real"): the only way a reply
 * that holds STOP, CANCEL, END, QUIT, PARA... is not an opt-out. A row is a phrase around the word itself (`^`),
 * over folded words (normalise.ts: "won't" is "wont", "mañana" is "manana"):
 * - a word, or alternatives `a|b`; `@set` one word of a set below; `#` a number; `<` the phrase's start;
 * - a slot ending in `?` may be left out.
 * A row explains only the one opt-out word it surrounds; words it does not list never explain anything. A new
 * harmless phrasing is a new row; an unknown one stays an opt-out.
 */

const SET_WORDS = {
  /** What leaks, runs, drips or makes noise: "stop the leak", "the water won't stop". */
  problem: `leak leaks leaking water drip drips dripping drain flood flooding flow noise noises sound running
    overflow overflowing smell mold bleeding alarm beeping buzzing pipe pipes toilet faucet tap shower sink heater
    ac furnace pump fan motor squeak squeaking rattle rattling rain hose valve gas draft fuga`,
  /** What a machine or a leak keeps doing: "it won't stop dripping", "stop leaking". */
  doing: `leaking dripping running beeping buzzing flowing flooding overflowing squeaking rattling humming clicking
    cycling draining spinning smoking sparking tripping worrying stressing`,
  /** Who or what the business sends: "stop sending the guy", "cancel my other plumber". */
  worker: `guy guys tech techs technician technicians plumber plumbers electrician electricians crew team man men
    worker workers van truck installer contractor roofer handyman`,
  /** What a customer books: "cancel my appointment on Friday". */
  booking: `appointment appointments appt appts apt booking reservation visit order job service estimate quote
    inspection meeting install installation repair request work`,
  /** Things a customer asks to have removed or deleted: "remove the old sink", "delete that photo". */
  thing: `sink sinks toilet toilets heater tub bathtub shower faucet faucets tap pipe pipes tree trees roots root tile
    tiles cabinet cabinets vanity debris clog hair mold carpet drywall fixture fixtures fence tank filter unit valve
    door disposal dishwasher appliance stump nest hive grease rust stain photo photos picture pictures pic pics image
    video file attachment`,
  /** Machines that quit: "the heater quit", "water heater quit working". */
  machine: `heater furnace pump ac unit fridge freezer washer dryer dishwasher compressor motor fan boiler engine
    disposal toilet thermostat it`,
  /** Negated verbs before STOP or END as a verb of the leak: "won't stop", "never ends". */
  wont: 'wont doesnt didnt cant couldnt wouldnt never cannot aint isnt',
  /** Auxiliaries before "not": "will not stop", "does not end". */
  aux: 'will does did would could can do is',
  /** Courtesy before a "don't stop" that is an imperative ("please don't stop"). */
  opening: 'please pls plz just and but so oh ok okay',
  /** When a call is unwelcome, not every call: "don't call me before 5". */
  when: `before until till til after between during at tomorrow today tonight now yet early late while when on
    in right till past`,
  day: 'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight mon tue wed thu fri sat sun',
  /** Spanish: what "para" (for) may lead to, what is high (alto) or low (baja). */
  paraNext: `manana hoy el la los las lo cuando que mi su tu sus tus un una usted ustedes este esta ese esa ver
    saber arreglar reparar revisar venir ir hacer lunes martes miercoles jueves viernes sabado domingo pasado
    entonces despues luego mas nada mi nosotros alla aca aqui casa`,
  level: 'costo costos precio precios consumo volumen voltaje nivel riesgo presion temperatura potencia calidad',
  degree: 'muy mas tan demasiado bastante lo en planta',
  fugaEs: 'fuga agua gotera goteo ruido inodoro escusado llave tuberia lluvia calentador',
  bookingEs: 'cita visita orden reservacion servicio reparacion',
} as const;

/** The sets above by name (`@problem`), as a map: a row can only name a set that exists. */
export const HARMLESS_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SET_WORDS).map(([name, text]) => [name, new Set(text.split(/\s+/).filter(Boolean))]),
);

const PROBLEM_STOPPED = ['@problem @wont ^', '@problem @aux not ^', '@wont ^ @doing', '@aux not ^ @doing'];
const BOOKING_CANCELLED = [
  '^ my|the|our|that|this|your|an|a|his|her? other? @day? @booking',
  '^ my|the|our|that|this|your? other? @worker',
  '^ on|for @day',
  'do|did i|we need|have to ^',
];

/** Rows by entry (vocabulary.ts `OPT_OUT_WORD_ENTRIES`). Entries with no row have no harmless use. */
export const HARMLESS_USES: Readonly<Record<string, readonly string[]>> = {
  stop: [
    '^ by|over|past',
    '^ in today|tomorrow|later|anytime|sometime|whenever|after|before|this|next|when',
    'bus|full|pit|truck|rest|last|next|first|one|non|train|subway|shut|emergency|door|curb|my|your|each|every ^',
    '^ valve|valves|sign|signs|light|lights|cock|gap|watch|loss|motion|button|switch|leak',
    '^ the|that|this|a|my|your|our? @problem',
    '^ @doing',
    '^ sending? the|that|your|a? @worker',
    '^ it|him from',
    '^ at the|a|home|work',
    '< @opening? dont|never ^',
    '< @opening? do not ^',
    ...PROBLEM_STOPPED,
  ],
  stoop: ['the|front|my|your|back|on ^'],
  cancel: BOOKING_CANCELLED,
  end: [
    `the|at|by|before|after|til|till|until|near|either|both|far|deep|back|front|low|high|dead|tail|rear|one|other|
      each|this|that|your|my|our|his|her|their|week|on|upper|lower|top|bottom|west|east|north|south ^`,
    '^ of the|this|next|day|week|month|year|business|today|tomorrow|lunch|shift|work',
    '^ up',
    '^ table|cap|caps|fitting|wall|date|time|unit|piece|result',
    '@wont ^',
    '@aux not ^',
  ],
  quit: [
    '@machine just|has|had|finally|completely|totally|kinda? ^',
    '^ smoking|drinking|vaping|working|running|heating|cooling|draining|flushing|pumping|blowing|spinning|on',
    '^ my|his|her|their|the job|work|gym',
  ],
  remove: [
    '^ the|that|a|an|those|these|some|all old|broken|existing|dead|rotten|bad? @thing',
    '^ the|that|a|an|those|these|some|all old|broken|existing|dead|rotten|bad? water|gas|tree|kitchen|bathroom @thing',
    '^ my|our|his|her old|broken|existing|dead|rotten|bad',
  ],
  delete: ['^ the|that|a|an|those|these|some|all old|wrong|blurry|last|first? @thing'],
  para: ['^ @paraNext', '^ #', '@fugaEs no ^'],
  alto: ['^ @level', '@degree ^'],
  baja: ['^ @level', '@level ^', '@degree ^'],
  cancelar: ['^ la|mi|una|el|su|nuestra @bookingEs'],
  parar: ['^ la|el @fugaEs'],
  detener: ['^ la|el @fugaEs'],
  nomas: ['^ de|que|queria|quiero|quisiera|pregunto|preguntaba|un|una|dime|digame|es|eso'],
  /** "don't call" (vocabulary.ts `CALL_NEGATIONS`): a time or occasion, not every call. */
  dontcall: ['^ me|us? @when', '^ me|us? this morning|afternoon|evening|week|weekend', 'i|we|he|she|they|im ^'],
};
