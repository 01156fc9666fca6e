const toneMarks: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

/** One syllable with a tone number (pou1, lv4) as written with the tone mark (pōu, lǜ). */
function toneSyllable(syllable: string, tone: number): string {
  const letters = syllable.replace(/v/g, 'ü').replace(/V/g, 'Ü');
  if (tone < 1 || tone > 4) return letters;
  const lower = letters.toLowerCase();
  // The mark goes on a or e, on the o of ou, otherwise on the last vowel.
  let index = lower.search(/[ae]/);
  if (index < 0) index = lower.indexOf('ou');
  if (index < 0) {
    for (let position = lower.length - 1; position >= 0; position -= 1) {
      if ('iouü'.includes(lower[position])) {
        index = position;
        break;
      }
    }
  }
  if (index < 0) return letters;
  const vowel = lower[index];
  const marked = toneMarks[vowel][tone - 1];
  const upper = letters[index] !== vowel;
  return letters.slice(0, index) + (upper ? marked.toUpperCase() : marked) + letters.slice(index + 1);
}

/**
 * Pinyin typed with tone numbers (jie3 pou1), as teachers type it on an ordinary keyboard,
 * written with tone marks (jiě pōu). Text already marked, and 5 or 0 (neutral tone), is kept.
 */
export function tonedPinyin(text: string): string {
  return text.replace(/([a-zA-ZüÜvV]+)([0-5])/g, (_match, syllable: string, tone: string) => toneSyllable(syllable, Number(tone)));
}
