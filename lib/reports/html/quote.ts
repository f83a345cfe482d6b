import type { Claim } from '../../records';
import { quoteInContext } from '../context';
import type { ReportModel } from '../model';
import { escapeHtml } from './escape';

/** The quote inside its sentence, the quote itself in bold and its number marked. */
export function quoteMarkup(claim: Claim, model: ReportModel, quote: string = claim.quote): string {
  const context = quoteInContext({ ...claim, quote }, model.texts.get(claim.documentId));
  const number = context.number === '' ? '' : `<mark>${escapeHtml(context.number)}</mark>`;
  const before = context.before === '' ? '' : `<span class="context">${escapeHtml(context.before)}</span>`;
  const after = context.after === '' ? '' : `<span class="context">${escapeHtml(context.after)}</span>`;
  return `<blockquote class="quote">${before}<q>${escapeHtml(context.lead)}${number}${escapeHtml(context.tail)}</q>${after}</blockquote>`;
}
