import type { Locator } from '@playwright/test';

/** Code 128 symbols 0–106 as bar/space widths in modules (ISO/IEC 15417 table); 106 is Stop. */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 ' +
  '122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 ' +
  '321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 ' +
  '211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 ' +
  '213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 ' +
  '121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 ' +
  '241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 ' +
  '412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 ' +
  '211214 211232 2331112'
).split(' ');
const START_B = 104;
const STOP = 106;

/**
 * Bar and space widths in modules from the bars JsBarcode draws (`<rect x width>` in the SVG's
 * group, left to right): a space is the gap between two bars; the narrowest bar is one module.
 */
export const moduleWidths = (bars: { x: number; width: number }[]) => {
  const sorted = [...bars].sort((a, b) => a.x - b.x);
  const unit = Math.min(...sorted.map((b) => b.width));
  const out: number[] = [];
  sorted.forEach((b, i) => {
    const prev = sorted[i - 1];
    if (prev) out.push(Math.round((b.x - prev.x - prev.width) / unit));
    out.push(Math.round(b.width / unit));
  });
  return out;
};

/** Decodes a Code 128 set B symbol from its module widths, checking start, checksum and stop. */
export const decodeCode128B = (widths: number[]) => {
  const symbols: number[] = [];
  for (let i = 0; i < widths.length; i += 6) {
    const code = PATTERNS.indexOf(widths.slice(i, i === widths.length - 7 ? i + 7 : i + 6).join(''));
    if (code < 0) throw new Error(`no Code 128 symbol at element ${i}`);
    symbols.push(code);
    if (code === STOP) break;
  }
  const [start, ...rest] = symbols;
  if (start !== START_B) throw new Error(`expected Start B, got ${start}`);
  if (rest.pop() !== STOP) throw new Error('no Stop symbol');
  const check = rest.pop();
  const sum = rest.reduce((s, v, i) => s + v * (i + 1), START_B);
  if (check !== sum % 103) throw new Error(`checksum ${check} ≠ ${sum % 103}`);
  return String.fromCharCode(...rest.map((v) => v + 32));
};

/** Reads the barcode SVG on the page and decodes it as a scanner would. */
export const readBarcode = async (svg: Locator) => {
  const bars = await svg
    .locator('g rect')
    .evaluateAll((rects) =>
      rects.map((r) => ({ x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')) })),
    );
  return decodeCode128B(moduleWidths(bars));
};
