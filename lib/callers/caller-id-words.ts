/**
 * More words that mark a business in a caller ID (contract: Greeting names, "PLUMBING and the like"): trades,
 * firms and places of worship, in the plural or as a trade, so "ABC PAINTING" or "SMITH BROS" greets nobody.
 * Kept to words that are rarely a person's name (no "BAKER", "MASON", "CARPENTER", "GLASS", "FORD").
 */
export const TRADE_WORDS: readonly string[] = (
  'painting painters plumber plumbers electrician electricians roofers roofer bros brothers sons law legal lawn ' +
  'care carpet carpets flooring floors landscape landscapers landscaping towing tow trucking movers moving pest ' +
  'pool pools garage doors windows cabinets remodeling renovations builders homes properties property management ' +
  'mgmt consulting marketing media studio salon spa fitness gym dentistry vet veterinary animal baptist methodist ' +
  'lutheran catholic ministries ministry chapel temple mosque synagogue communications telecom cleaners maids ' +
  'janitorial supply supplies wholesale distributors industries manufacturing mfg labs lab rentals rental sales ' +
  'realtors mortgage financial finance loans capital trust investments travel tours taxi limo transport ' +
  'transportation express restoration mechanical drain drains rooter septic solar energy tire tires collision ' +
  'detailing dealership glazing masonry concrete paving fencing welding appliance appliances locksmith security ' +
  'alarm storage pharmacy clinic office offices'
).split(' ');

/**
 * Label words no person's name holds: one of them anywhere makes the caller ID a label ("VERIZON WIRELESS",
 * "TMOBILE CALLER"). Other label words ("no", "call", "free") only label a caller ID made of them.
 */
export const CARRIER_WORDS: ReadonlySet<string> = new Set(
  (
    'wireless caller cellular unavailable anonymous restricted withheld unknown blocked private spam scam ' +
    'telemarketer payphone voip landline unlisted nomorobo available'
  ).split(' '),
);

/**
 * Words that start a place name, never a surname in LAST FIRST: "SAN DIEGO" or "SAN FRANCISCO C" (the state cut
 * off at 15 characters) names a city, so it greets nobody rather than "Diego" or "Francisco".
 */
export const PLACE_STARTS: ReadonlySet<string> = new Set(
  'san santa los las new fort ft port mount mt saint sainte'.split(' '),
);
