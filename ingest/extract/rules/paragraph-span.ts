// The `paragraph(s)` property of a citation: "paragraphs 69 to 71" and "paragraphs 69–71" are the span
// "69–71", but "paragraphs 72 and 78 of the Tunis Agenda" (an IGF nominations call quoting the IGF's
// mandate) names two paragraphs, not the seven between them: "72, 78". Two neighbours joined by "and"
// ("paragraphs 69 and 70") are the same either way and keep the span form.

export function paragraphSpan(words: string): string {
  const and = /^(\d+)\s+and\s+(\d+)$/.exec(words.trim());
  if (and && Number(and[2]) !== Number(and[1]) + 1) return `${and[1]}, ${and[2]}`;
  return words.replace(/\s*(?:to|and)\s*/, '–').replace(/\s*[–-]\s*/, '–');
}

export function paragraphSpanOf(words: string | undefined): string | undefined {
  return words === undefined ? undefined : paragraphSpan(words);
}
