/**
 * Phrases that mark page furniture rather than article text. A handful of
 * languages; the structural rules (position, link density, sentence shape,
 * class words) carry the work, these only break ties.
 */

/** A block that is only one of these words is an ad slot label. */
export const AD_LABEL_RE =
  /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted|paid content|anzeige|werbung|publicité|publicidad|pubblicità|iklan|реклама|광고|广告|廣告|広告)[\s:.-]*$/iu;

/** Headings of recommendation lists. */
export const RELATED_RE =
  /^(related|related (articles?|stories|posts|content|coverage|topics|news|links|reading)|read more|read next|read also|also read|see also|more|more (from|on|about|in|stories|news)\b.*|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| stories| reading)?|most (popular|read|viewed|shared)|(most )?popular( this week| today| now| stories| posts)?|trending( now| stories)?|top stories|(latest|recent) (news|stories|posts|articles)|further reading|don'?t miss|editor'?s picks|highlights|lees ook|lire aussi|à lire aussi|weitere artikel|mehr zum thema|lesen sie auch|leer más|lea también|te puede interesar|leggi anche|читайте также|смотрите также|관련 ?기사|相关(阅读|新闻|文章)|関連記事)\b[\s:.!…-]*$/iu;

/** A recommendation heading in free form: "More Great WIRED Stories", "Other news". */
export const RELATED_LOOSE_RE =
  /^(\p{L}+\s+){0,3}(more|other|related|recommended|popular|latest|recent|similar|top|further)\s+(\p{L}+\s+){0,2}(stories|articles|posts|news|reads|reading|videos|coverage|guides)\b[\s:.!…-]*$/iu;

/** The lead-in of a link to another article: "READ MORE: …", "[Related: …]", "Also on …". */
export const CROSS_REF_RE =
  /^[[(]?\s*(related|read more|read also|also read|see more|see also|more|also|don'?t miss|watch|listen|click here|leggi anche|lire aussi|à lire|lesen sie auch|lea también|читайте также)\b/iu;

/** Share bars, print/email tools, comment counters, text-size controls. */
export const SHARE_RE =
  /^((share|tweet|pin|email|e-mail|print|copy link|save|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|comments?|\d+ comments?|view comments|leave a comment|post a comment|show comments|join the conversation|text size|font size|enlarge image)[\s|·•,/:]*)+$/iu;

/** Newsletter, subscription, membership and follow prompts; a newsletter email's own ("Unsubscribe", "View in browser"). */
export const PROMPT_RE =
  /\b(sign up|subscribe|unsubscribe|you('re| are) receiving this|view (this (email|newsletter|message) )?(in|on) (your |a )?(web )?browser|(update|manage) (your )?(email )?(preferences|subscriptions?)|forwarded this (email|newsletter)|newsletter|follow us|follow (him|her|them) on|like us on facebook|download (our|the) app|get the app|support (our|independent) journalism|become a (member|subscriber)|already a subscriber|log ?in to|create an account|enable javascript|cookies?|if you (enjoyed|liked) this|share (it|this)( story| article)? with|join our|tell us what you think)\b/iu;

/** "Follow Newsbeat on Instagram, Facebook …", "Follow AP's coverage at https://…". */
export const FOLLOW_RE = /^follow\b.{0,80}\b(on|at)\s+(twitter|facebook|instagram|youtube|linkedin|tiktok|https?:)/iu;

/** A block that starts like a byline. */
export const BYLINE_RE = /^(by|written by|words by|story by|von|par|por|di|door|av|автор|글|기자)\s*[:-]?\s+\p{Lu}/u;

/** Dateline words: "Published", "Updated", "Posted", in a few languages. */
export const DATELINE_RE =
  /^(published|updated|posted|last updated|last modified|first published|date|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено|입력|수정|发布|更新)\b/iu;

/** "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto". */
export const READ_TIME_RE =
  /^(\d+\s*(min|mins|minute|minutes)( read)?|(reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\b.*|\d+\s*(min|minute)s? (read|de lecture|lesezeit))$/iu;

/** Image credits: "Photo: Reuters", "(AP Photo/…)", "© Jane Doe …". */
export const CREDIT_RE =
  /^(\(?\s*(photo|image|picture|foto|photograph|illustration|credit|source|video|фото|снимок|照片|图片|사진|写真)s?\s*(credit)?\s*[:/©]|©|\(?(ap|afp|reuters|getty|epa|shutterstock)\b.*(photo|images?)\)?$)/iu;

/**
 * A caption ending in its credit: "Protesters in the street (Image: GETTY)",
 * "… (Photo by Jane Doe/Getty Images)", "… (NASA/JPL-Caltech/ASU)", "… Reuters".
 */
export const CREDIT_SUFFIX_RE =
  /[([]\s*((image|photo|picture|pic|foto|credit|source|video|illustration)s?\s*(credit|by)?\s*[:/]?[^)\]]{1,80}|[^()[\]\s]{2,40}\/[^()[\]]{2,60})[)\]]$|\b(getty images|ap photo|afp photo|reuters photo|reuters|ap|afp|epa)\)?$/iu;

/** Tag lists: "Tags: a, b, c", "Filed under", "Topics". */
export const TAGS_RE = /^(tags?|tagged( with)?|topics?|filed under|categories|category|keywords|themen|schlagwörter|mots-clés|etiquetas|теги|태그)\s*[:：]/iu;

/** An author bio: "Jane Doe is a senior reporter at …", "Jane covers …", "About the author". */
export const BIO_RE =
  /^(about the authors?|\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}\s+(is|was|has been|joined|covers|writes|reports)\s+(a|an|the|our|on|about|for|from|in)?\s*(\w+\s+){0,4}(writer|reporter|editor|correspondent|journalist|columnist|contributor|author|producer|analyst|critic|freelance|staff|curator))/u;

/** Notes after an article: credits of the reporting, citation, copyright, comment rules. */
export const TAIL_NOTE_RE =
  /^(\(?(additional )?reporting by|\(?editing by|contributing:|.{0,60}\bcontributed (reporting|to this report)|citation:|copyright|©|all rights reserved|note: we are|loading)|\b(comments?|comentários?|comentarios?|commentaires?|kommentare?)\b.{0,80}\bmod[eé]ra/iu;

/** Affiliate and sponsorship disclosures. */
export const DISCLOSURE_RE =
  /\b(affiliate (links?|commissions?|partnerships?)|may earn (a |an )?(small )?(affiliate )?commission|disclosure (page|policy)|we may (earn|receive) (a )?(small )?(commission|compensation)|prices (are )?subject to change)\b/iu;
