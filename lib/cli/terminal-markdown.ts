import type { Palette } from './colour';

/**
 * The Markdown report as a terminal shows it: headings in bold, findings and
 * conflicts in red, corrections and pairs to review in yellow. Line by line, so the text itself is
 * unchanged and a palette without colour returns it byte for byte.
 */
export function colourMarkdown(markdown: string, palette: Palette): string {
  if (!palette.enabled) return markdown;
  let section = '';
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('## ')) section = line.slice(3);
      if (line.startsWith('#')) {
        const heading = palette.bold(line);
        if (/^(Findings|Conflicts)/.test(section) && line.startsWith('### ')) return palette.red(heading);
        if (/^(Corrections|Pairs that need review)/.test(section) && line.startsWith('### ')) return palette.yellow(heading);
        return heading;
      }
      return line.replace(/\*\*(conflict with [^*]+|\d[\d,]* conflicts?)\*\*/g, (_, text: string) => palette.red(palette.bold(text)));
    })
    .join('\n');
}
