/**
 * Turns what a user types into a safe FTS5 query: every word is quoted (so
 * punctuation and FTS operators in the text cannot cause syntax errors),
 * "quoted phrases" stay phrases, a trailing `*` keeps prefix search, and an
 * upper-case OR between terms is kept as the operator. Terms are ANDed.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const token = m[2] ?? '';
    if (token === 'OR' && parts.length && parts[parts.length - 1] !== 'OR') {
      parts.push('OR');
      continue;
    }
    const prefix = token.endsWith('*');
    for (const w of wordsOf(token)) parts.push(`"${w}"${prefix ? '*' : ''}`);
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  return parts.length ? parts.join(' ') : null;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}
