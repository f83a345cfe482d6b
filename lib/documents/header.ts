/**
 * The loose header some article files start with:
 *   ` date 2023-11-14 Shafaq News / The spokesperson ...`
 *   ` date 2023-10-29 https://example.com/story.html`
 * a date line, then optionally an outlet before ` / `, or a URL.
 */
export interface ParsedHeader {
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** Where the article body starts in the raw text. */
  bodyStart: number;
}

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*/;
const URL_AT_START = /^(https?:\/\/[^\s]+)\s*/;
/** An outlet name: a few words, no sentence punctuation, then ` / `. */
const OUTLET_BEFORE_SLASH = /^([^\s/.!?"“”][^/.!?"“”\n]{0,58}?) \/ /;
const MAX_OUTLET_WORDS = 6;

export function parseHeader(raw: string): ParsedHeader {
  const dateMatch = DATE_LINE.exec(raw);
  if (!dateMatch) return { published: null, outlet: null, url: null, bodyStart: 0 };
  const published = dateMatch[1] ?? null;
  let position = dateMatch[0].length;
  let url: string | null = null;
  let outlet: string | null = null;

  const rest = raw.slice(position);
  const urlMatch = URL_AT_START.exec(rest);
  if (urlMatch) {
    url = urlMatch[1] ?? null;
    position += urlMatch[0].length;
  } else {
    const outletMatch = OUTLET_BEFORE_SLASH.exec(rest);
    const name = outletMatch?.[1]?.trim();
    if (outletMatch && name && name.split(/\s+/).length <= MAX_OUTLET_WORDS) {
      outlet = name;
      position += outletMatch[0].length;
    }
  }
  return { published, outlet, url, bodyStart: position };
}

/** A readable outlet name from a URL when the file names none: its host without `www.`. */
export function outletFromUrl(url: string): string | null {
  const match = /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(url);
  return match?.[1]?.toLowerCase() ?? null;
}
