/**
 * An outlet's name as a copyright notice prints it, made into the name a
 * reader knows: "© 2019 CNBC LLC. All rights reserved." -> "CNBC",
 * "Inexhibit 2019 - ISSN: 2283-5474" -> "Inexhibit", "Al Bawaba
 * (www.albawaba.com)" -> "Al Bawaba". Used for copyright lines in HTML
 * pages and in text dumps alike.
 */

const RIGHTS_RESERVED =
  /\s*[.,|–-]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены).*$/iu;
const YEARS = String.raw`(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?`;
const LEADING = new RegExp(String.raw`^(?:(?:copyright|by)\b\s*|©\s*|\(c\)\s*|${YEARS}\b\s*[,.]?\s*)+`, 'iu');
const TRAILING_YEARS = new RegExp(String.raw`[\s,]+${YEARS}$`, 'u');
/** Company forms after the name ("Pty Ltd", ", LLC", "GmbH"): not what readers call the outlet. */
const LEGAL_FORM =
  /,?\s+(?:LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|Ltd\.?|Limited|Pty\.?|Pvt\.?|Private|GmbH|AG|S\.A\.|SA|S\.L\.|S\.p\.A\.|SAS|PLC|plc|Corp\.?|B\.V\.|N\.V\.|Oy|AB|ApS|K\.K\.)$/u;
/** A company form followed by more ("Quiller Media, Inc., Contact Us"): the name ends there. */
const LEGAL_FORM_THEN_MORE = /^(.+?),?\s+(?:LLC|LLP|Inc|Ltd|Limited|GmbH|PLC|Corp)\b\.?[,;\s].*$/u;
/** What the owner says of itself after the name ("The Detroit News, a Digital First Media Newspaper", "…, part of Gannett"). */
const APPOSITION = /,\s+(?:a|an|part of|a division of|a member of|a subsidiary of)\s+\S.*$/iu;
/** A web address in brackets after the name. */
const BRACKETED_ADDRESS = /\s*\((?:https?:\/\/|www\.)[^)]*\)|\s*\([^)\s]+\.(?:com|net|org|co|info|news)[^)]*\)/giu;

/** The cleaned name, or null when nothing name-like is left. */
export function cleanOutletName(raw: string): string | null {
  let name = raw.replace(/\s+/gu, ' ').trim();
  name = name.replace(RIGHTS_RESERVED, '').replace(/\s+[-–|]\s+ISSN\b.*$|\bISSN\b.*$/iu, '');
  name = name.replace(LEADING, '').replace(BRACKETED_ADDRESS, '').replace(LEGAL_FORM_THEN_MORE, '$1').replace(APPOSITION, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(/[\s.,;:|–-]+$/u, '').replace(TRAILING_YEARS, '').replace(LEGAL_FORM, '');
  }
  name = name.trim();
  return name.length >= 2 && /[\p{L}]/u.test(name) ? name : null;
}
