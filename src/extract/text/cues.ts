/**
 * A few multilingual phrase cues for page furniture. They are one feature
 * among many (see classify.ts): a cue alone never removes a long sentence.
 * Every function takes the text already lower-cased.
 *
 * readCues tests them all on one line. Each regex that may match anywhere in
 * the line comes with phrases, one of which every match holds: a line with
 * none of them (trigrams.ts) is not searched. Keep the two in step when a
 * regex changes (cues.test.ts checks them on sample lines).
 */
import { indexTrigrams, mayHoldAny, phrases } from './trigrams.js';

/** Social networks count only on lines shorter than this (in word units): a follow/share widget. */
export const SOCIAL_MAX_UNITS = 25;
/** Talk about the article counts only on lines shorter than this. */
export const META_MAX_UNITS = 60;

/** Whole-line furniture, anchored at the start: ads, share widgets, "read more" links, reading times, navigation. */
const FURNITURE_START_RE = new RegExp(
  [
    // ads
    String.raw`^(?:advertisement|advertising|sponsored(?: content| links?)?|anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|реклама|广告|廣告|광고|スポンサードリンク|ad)$`,
    // share widgets
    String.raw`^(?:share|share this(?: article| story| entry)?|tweet|pin it|email|print|teilen|partager|compartir|condividi|compartilhar|поделиться|分享|공유)\b`,
    // read more / related
    String.raw`^(?:read more|read next|continue reading|see also|related(?: articles| stories| posts| links| content)?|more from|you may also like|recommended|popular|most (?:read|popular|viewed|watched)|recent posts|trending|mehr (?:zum thema|lesen)|lire aussi|à lire aussi|leer más|lee también|leggi anche|читайте также|关联阅读|相关阅读|関連記事|관련기사)\b`,
    // reading time and counters
    String.raw`^\d+\s*(?:min(?:ute)?s?\.?(?: read)?|comments?|shares?|views?|replies|reads?)$`,
    // navigation
    String.raw`^(?:go back|back to top|skip to (?:main )?content|menu|search|home|next|previous|close|loading\.*|follow us|comments?|leave a (?:reply|comment))$`,
    // a cookie banner's buttons
    String.raw`^(?:accept(?: all)?(?: cookies)?(?: (?:&|and) close)?|i agree|agree(?: and close)?|got it|dismiss|reject all|manage (?:cookies|preferences|options))$`,
  ].join('|'),
  '',
);

/** Furniture wording anywhere in the line: share links, sign-up and newsletter prompts, legal and cookie notes. */
const FURNITURE_ANYWHERE_RE = new RegExp(
  [
    // share widgets
    String.raw`\b(?:click to (?:share|email|print)|share (?:on|via|to) \w+|opens in (?:a )?new window)\b`,
    // sign up / subscribe / log in, newsletter prompts
    String.raw`\b(?:sign up|sign in|log ?in|subscribe|newsletter|register\b|anmelden|abonnieren|s'abonner|suscr[íi]bete|iscriviti|подпис)`,
    String.raw`\b(?:inbox|news alerts|delivered (?:straight |directly )?(?:to your|weekday|every|daily)|stay (?:up to date|updated|informed|current)\b)`,
    // legal and cookies
    String.raw`(?:©|\(c\)|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos|cookies?|privacy policy|terms of (?:use|service))`,
  ].join('|'),
  '',
);
const FURNITURE_PHRASES = phrases([
  'click to ', 'share ', 'opens in ',
  'sign up', 'sign in', 'log', 'subscribe', 'newsletter', 'register', 'anmelden', 'abonnieren', "s'abonner", 'suscr', 'iscriviti', 'подпис',
  'inbox', 'news alerts', 'delivered ', 'stay ',
  '©', '(c)', 'copyright', 'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos', 'cookie', 'privacy policy', 'terms of ',
]);

/**
 * Photo credits and caption markers. An agency in brackets before a dash is
 * a wire story's dateline ("LONDON (AP) —", "(Reuters) -"), not a credit.
 */
const CAPTION_RE = /^(?:image|media|photo|video) caption|^caption\b|^(?:twitter|instagram|facebook|youtube) (?:post|video) by\b|\bpic\.twitter\.com\/|\b(?:in )?this (?:file )?(?:photo|image|picture|handout)\b|\bfile photo\b|\((?:ap|afp|reuters|getty)[^)]*\)(?!\s*[-–—])|\((?:photo|image|picture|foto|credit)[^)]*\)|\b(?:photo|image|picture)(?: credit)?\s*(?:by|:)|\bcredit\s*(?::|\.\.\.)|getty images|\b(?:afp|reuters|ap|epa|shutterstock)\s*(?:photo|\/|\)(?!\s*[-–—])|$)/;

/** A caption match holds one of these, or ends the line with an agency ("ap", "epa"). */
const CAPTION_PHRASES = phrases([
  'caption', 'post by', 'video by', 'photo', 'image', 'picture', 'handout', 'credit', 'getty images', 'afp', 'reuters', 'shutterstock', '/', ')',
]);

/** Notes about the article rather than its story: syndication, corrections, credits. */
const META_RE = /\b(?:this|the) (?:article|story|post|report|piece|content) (?:was|has been|is|first|originally|appeared)\b|\boriginally (?:published|appeared)\b|\badapted from\b|\bif you (?:enjoyed|liked|value) (?:this|our) (?:article|story|post|journalism)\b|\brepublished\b|\bcontributed to this report\b|^(?:reporting|editing|writing) by\b|dieser artikel|cet article|este art[íi]culo|questo articolo|эта статья/;

const META_PHRASES = phrases([
  'article', 'story', 'post', 'report', 'piece', 'content', 'originally', 'adapted from', 'if you ', 'republished', 'contributed to this report',
  'reporting', 'editing', 'writing', 'dieser artikel', 'cet article', 'este art', 'questo articolo', 'эта статья',
]);

/** The wording of cookie banners and privacy notices. */
const LEGAL_RE = /cookies?|privacy|consent|gdpr|personal (?:data|information)|terms (?:of|and) (?:use|service|conditions)|datenschutz|données personnelles|datos personales|dati personali|персональн/g;
const LEGAL_PHRASES = phrases(['cookie', 'privacy', 'consent', 'gdpr', 'personal ', 'terms ', 'datenschutz', 'données personnelles', 'datos personales', 'dati personali', 'персональн']);

const SOCIAL_RE = /\b(?:facebook|twitter|instagram|youtube|linkedin|whatsapp|pinterest|telegram|tiktok)\b/g;
const SOCIAL_PHRASES = phrases(['facebook', 'twitter', 'instagram', 'youtube', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'tiktok']);

export interface Cues {
  /** Reads as page furniture by its wording. */
  furniture: boolean;
  /** Reads as a photo caption or credit. */
  caption: boolean;
  /** Times the line uses the wording of cookie banners and privacy notices. */
  legal: number;
  /** Social networks named (a follow/share widget when two or more); 0 on lines of SOCIAL_MAX_UNITS or more. */
  social: number;
  /** Talks about the article itself (a syndication or credit note); false on lines of META_MAX_UNITS or more. */
  meta: boolean;
}

/** Below this length a line is searched directly: indexing its trigrams would cost more than it saves. */
const INDEX_MIN_LENGTH = 60;

/** The cues of one line, lower-cased, `units` long. */
export function readCues(text: string, units: number): Cues {
  const indexed = text.length >= INDEX_MIN_LENGTH;
  if (indexed) indexTrigrams(text);
  return cuesOf(text, units, indexed);
}

/** readCues without the trigram shortcut: every regex runs. The reference readCues must agree with (cues.test.ts). */
export function readCuesDirect(text: string, units: number): Cues {
  return cuesOf(text, units, false);
}

/** Prompts that open a banner or a button: "Sign up for…", "Subscribe now", "Privacy policy". */
const PROMPT_START_RE = /^(?:click to (?:share|email|print)|sign up|sign in|log ?in|subscribe|register\b|newsletter|stay (?:up to date|updated|informed)|cookies?\b|privacy policy|terms of (?:use|service))/;
/** A lone line of more words than this that opens like furniture ("Popular sandwich chain files for bankruptcy") is a headline. */
const BANNER_MAX_WORDS = 5;

/**
 * A lone line that is the wording of a button or a banner rather than a
 * headline: a short one that opens like furniture, a prompt addressed to the
 * reader, or a rights notice. Furniture words inside a line are not enough:
 * "Viacom, Google End 7-Year YouTube Copyright Fight" is news.
 */
export function isBannerLine(text: string, words: number): boolean {
  if (/©|\ball rights reserved\b|^copyright\b.*\d{4}/.test(text)) return true;
  const opens = FURNITURE_START_RE.test(text) || PROMPT_START_RE.test(text);
  return opens && (words <= BANNER_MAX_WORDS || /\b(?:our|your|free|now|here|today)\b/.test(text));
}

/** With `indexed`, a regex runs only when the line may hold one of its phrases. No closure here: this runs for every line. */
function cuesOf(text: string, units: number, indexed: boolean): Cues {
  return {
    furniture: FURNITURE_START_RE.test(text) || ((!indexed || mayHoldAny(FURNITURE_PHRASES)) && FURNITURE_ANYWHERE_RE.test(text)),
    caption: (!indexed || mayHoldAny(CAPTION_PHRASES) || text.endsWith('ap') || text.endsWith('epa')) && CAPTION_RE.test(text),
    legal: !indexed || mayHoldAny(LEGAL_PHRASES) ? countMatches(LEGAL_RE, text) : 0,
    social: units < SOCIAL_MAX_UNITS && (!indexed || mayHoldAny(SOCIAL_PHRASES)) ? countMatches(SOCIAL_RE, text) : 0,
    meta: units < META_MAX_UNITS && (!indexed || mayHoldAny(META_PHRASES)) && META_RE.test(text),
  };
}

function countMatches(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}
