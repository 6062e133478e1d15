const KOREAN_RUN = /[\uac00-\ud7a3](?:[\uac00-\ud7a3A-Za-z0-9\s'·.]*[\uac00-\ud7a3])?/gu;

/**
 * Splits text into Korean and non-Korean runs, so Korean inside English text can carry `lang="ko"`.
 * A Korean run may hold spaces and Latin letters between Hangul (독자 AI 파운데이션 모델).
 */
export function koreanRuns(text: string) {
  const runs: { text: string; ko: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(KOREAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), ko: false });
    runs.push({ text: match[0], ko: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ko: false });
  return runs;
}
