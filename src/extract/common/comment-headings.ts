/**
 * Headings that open what readers write under an article: its comment form
 * ("Leave a Reply", in the languages a reader most often pastes) and the
 * comments themselves ("34 responses to “…”", "5 thoughts on “…”", "12
 * Comments"). Read by the text cleaner and the HTML cleaner alike, where class
 * names say nothing of the comments (hashed ones: "css-1x2y3z").
 */
export const FORM_HEADING_RE = new RegExp(
  `^(?:${[
    String.raw`leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)`,
    String.raw`kommentar (?:schreiben|verfassen|hinterlassen)|(?:laisser|ajouter|écrire) un commentaire|(?:deja|dejar|escribe|añadir) un comentario`,
    String.raw`deixe (?:um|seu) comentário|deixe uma resposta|lascia un commento|(?:оставить|добавить|оставьте) комментарий`,
  ].join('|')})[.:!]?$`,
  'iu',
);

/** A heading over the comments: "34 responses to “Title”", "One thought on “Title”", "12 Comments", "Comments (3)". */
export const COMMENTS_HEADING_RE =
  /^(?:(?:\d[\d,]*|one|no) (?:responses?|thoughts?|comments?|replies|reactions?) (?:to|on) .{1,200}|(?:\d[\d,]*|no) (?:comments?|responses?|replies)|(?:reader )?comments?(?: \(\d[\d,]*\))?|\d[\d,]* kommentare?|\d[\d,]* commentaires?|\d[\d,]* comentarios?)[.:!]?$/iu;

/** Whether a short heading opens the comments or their form. */
export const isCommentsHeading = (text: string): boolean => FORM_HEADING_RE.test(text) || COMMENTS_HEADING_RE.test(text);
