/**
 * RFC 4180 CSV as Excel writes it: quoted fields may hold the delimiter, doubled quotes and
 * line breaks; CRLF or LF. Returns records (a spreadsheet's rows), not physical lines.
 */
export const parseCsv = (text: string, delimiter = ','): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field === '') {
      inQuotes = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
};

/** Excel's "CSV" in a Chinese locale may be tab-separated "Unicode text": pick by the first line. */
export const sniffDelimiter = (text: string) => {
  const first = text.slice(0, text.search(/\r|\n|$/));
  const count = (ch: string) => first.split(ch).length - 1;
  const candidates = [',', '\t', ';'] as const;
  return candidates.reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',' as string);
};

/** Quotes a field for CSV output when it needs it. */
export const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
