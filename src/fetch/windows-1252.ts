/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F (the rest is ISO-8859-1).
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D map to the C1 control of the same value.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Node 20.18.3+ decodes windows-1252 (and so every `iso-8859-1`, `latin1`, `ascii`
 * label) as ISO-8859-1: bytes 0x80–0x9F come out as C1 controls instead of “ ” ’ € …
 * (nodejs/node#60888, #56542). Maps those code points to what the bytes mean; a no-op
 * on a fixed Node, whose output holds no such code points but the five that map to themselves.
 */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80] as number));
}
