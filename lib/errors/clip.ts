/** What the owner typed can be anything: a sentence quotes at most 40 characters of it. */
export const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);
