/**
 * A few multilingual phrase cues for page furniture. They are one feature
 * among many (see classify.ts): a cue alone never removes a long sentence.
 * Every function takes the text already lower-cased.
 */

/** Whole-line furniture: ads, share widgets, sign-up prompts, "read more" links, reading times. */
const FURNITURE_RE = new RegExp(
  [
    // ads
    String.raw`^(?:advertisement|advertising|sponsored(?: content| links?)?|anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|реклама|广告|廣告|광고|スポンサードリンク|ad)$`,
    // share widgets
    String.raw`^(?:share|share this(?: article| story| entry)?|tweet|pin it|email|print|teilen|partager|compartir|condividi|compartilhar|поделиться|分享|공유)\b`,
    String.raw`\b(?:click to (?:share|email|print)|share (?:on|via|to) \w+|opens in (?:a )?new window)\b`,
    // sign up / subscribe / log in
    String.raw`\b(?:sign up|sign in|log ?in|subscribe|newsletter|register|anmelden|abonnieren|s'abonner|suscr[íi]bete|iscriviti|подпис)`,
    // read more / related
    String.raw`^(?:read more|read next|continue reading|see also|related(?: articles| stories| posts| links| content)?|more from|you may also like|recommended|popular|most (?:read|popular|viewed|watched)|recent posts|trending|mehr (?:zum thema|lesen)|lire aussi|à lire aussi|leer más|lee también|leggi anche|читайте также|关联阅读|相关阅读|関連記事|관련기사)\b`,
    // reading time and counters
    String.raw`^\d+\s*(?:min(?:ute)?s?\.?(?: read)?|comments?|shares?|views?|replies|reads?)$`,
    // legal and cookies
    String.raw`(?:©|\(c\)|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|cookies?|privacy policy|terms of (?:use|service))`,
    // navigation
    String.raw`^(?:go back|back to top|skip to (?:main )?content|menu|search|home|next|previous|close|loading\.*|follow us|comments?|leave a (?:reply|comment))$`,
  ].join('|'),
  '',
);

/** Photo credits and caption markers. */
const CAPTION_RE = /^(?:image|media|photo|video)? ?caption\b|^(?:twitter|instagram|facebook|youtube) (?:post|video) by\b|\bpic\.twitter\.com\/|\b(?:in )?this (?:file )?(?:photo|image|picture|handout)\b|\bfile photo\b|\((?:ap|afp|reuters|getty)[^)]*\)|\((?:photo|image|picture|foto|credit)[^)]*\)|\b(?:photo|image|picture)(?: credit)?\s*(?:by|:)|\bcredit\s*(?::|\.\.\.)|getty images|\b(?:afp|reuters|ap|epa|shutterstock)\s*(?:photo|\/|\)|$)/;

/** Notes about the article rather than its story: syndication, corrections, credits. */
const META_RE = /\b(?:this|the) (?:article|story|post|report|piece|content) (?:was|has been|is|first|originally|appeared)\b|\boriginally (?:published|appeared)\b|\badapted from\b|\bif you (?:enjoyed|liked|value) (?:this|our) (?:article|story|post|journalism)\b|\brepublished\b|\bcontributed to this report\b|^(?:reporting|editing|writing) by\b|dieser artikel|cet article|este art[íi]culo|questo articolo|эта статья/;

/** True when the line talks about the article itself (a syndication or credit note). */
export function isMetaCue(text: string): boolean {
  return META_RE.test(text);
}

/** True when the line reads as page furniture by its wording. */
export function isFurnitureCue(text: string): boolean {
  return FURNITURE_RE.test(text);
}

/** True when the line reads as a photo caption or credit. */
export function isCaptionCue(text: string): boolean {
  return CAPTION_RE.test(text);
}

const LEGAL_RE = /cookies?|privacy|consent|gdpr|personal (?:data|information)|terms (?:of|and) (?:use|service|conditions)|datenschutz|données personnelles|datos personales|dati personali|персональн/g;

/** How many times a line uses the wording of cookie banners and privacy notices. */
export function legalCueCount(text: string): number {
  return text.match(LEGAL_RE)?.length ?? 0;
}


const SOCIAL_RE = /\b(?:facebook|twitter|instagram|youtube|linkedin|whatsapp|pinterest|telegram|tiktok)\b/g;

/** How many social networks a line names: two or more in a short line is a follow/share widget. */
export function socialCueCount(text: string): number {
  return text.match(SOCIAL_RE)?.length ?? 0;
}
