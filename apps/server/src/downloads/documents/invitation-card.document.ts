import { palette, type FontWeight, type Page, type Rgb } from '../layout/display-list.js';
import { createFlow, type Flow } from '../layout/flow.js';
import { helveticaWidth, wrapText, type MeasureText } from '../layout/text-metrics.js';
import type { SeriesDocumentData } from '../series-documents.data.js';
import type { InvitationTarget } from './invitation.document.js';

/** The card's size in pixels: the 1.91:1 shape intranet pages and link previews expect. */
export const CARD = { width: 1200, height: 630 } as const;

const PANEL = 500;
const PAD = 56;

type Block = { size: number; weight?: FontWeight; color?: Rgb; maxLines?: number; after?: number };

type SetBlock = (text: string, x: number, y: number, width: number, b: Block) => number;

/**
 * A setter of wrapped blocks at (x, y) that returns the y below the block, cut with '…' after
 * `maxLines`, measured with the card's font.
 */
const blockSetter =
  (flow: Flow, measure: MeasureText): SetBlock =>
  (text, x, y, width, b) => {
    const weight = b.weight ?? 'regular';
    let lines = wrapText(text, b.size, weight, width, measure);
    if (b.maxLines !== undefined && lines.length > b.maxLines) {
      lines = lines.slice(0, b.maxLines);
      let last = lines.pop() ?? '';
      while (last !== '' && measure(`${last}…`, b.size, weight) > width) {
        last = last.replace(/\s*\S+$/, '');
      }
      lines.push(`${last}…`);
    }
    const leading = b.size * 1.25;
    lines.forEach((line, index) => {
      flow.textAt(line, x, y + b.size * 0.8 + index * leading, {
        size: b.size,
        weight,
        color: b.color ?? palette.ink,
      });
    });
    return y + lines.length * leading + (b.after ?? 0);
  };

/**
 * The invitation as an image card (1200 × 630 px) for intranet pages and e-mail: the session
 * or series on a coloured panel, the next dates and where to ask for the link beside it.
 * Drawn by the PNG renderer; the same texts as the PDF, shorter. Pass the width measure of
 * the font the card is drawn in (`cardTextWidth` for the PNG).
 *
 * @example const page = invitationCard(data, invitationTarget(data, now)!, cardTextWidth); const png = await renderPng(page, meta);
 */
export function invitationCard(
  data: SeriesDocumentData,
  target: InvitationTarget,
  measure: MeasureText = helveticaWidth,
): Page {
  const flow = createFlow({ width: CARD.width, height: CARD.height, margin: 0 });
  const block = blockSetter(flow, measure);
  const white = palette.white;
  flow.rectAt(0, 0, PANEL, CARD.height, palette.brand);
  flow.rectAt(PANEL, 0, 8, CARD.height, palette.accent);
  flow.textAt('UITNODIGING', PAD, 78, { size: 20, weight: 'bold', color: white });
  flow.textAt('Jamsessie', PAD, 150, { size: 68, weight: 'bold', color: white });
  const inner = PANEL - 2 * PAD;
  let y = 200;
  const how = data.online ? 'online' : 'op locatie';
  if (target.kind === 'session') {
    const cancelled = target.date.status === 'cancelled';
    const date = `${cancelled ? 'Vervalt: ' : ''}${target.date.date}`;
    // Too long for one line: break after the weekday, never inside "3 maart 2025".
    const when =
      measure(date, 36, 'bold') <= inner ? date : date.replace(/^((?:Vervalt: )?\S+) /, '$1\n');
    y = block(when, PAD, y, inner, {
      size: 36,
      weight: 'bold',
      color: white,
      maxLines: 2,
      after: 10,
    });
    y = block(`${target.date.time} · ${how}`, PAD, y, inner, {
      size: 28,
      color: white,
      after: 24,
    });
    if (target.date.theme) {
      block(target.date.theme, PAD, y, inner, { size: 24, color: white, maxLines: 4 });
    }
  } else {
    y = block(data.title, PAD, y, inner, {
      size: 34,
      weight: 'bold',
      color: white,
      maxLines: 3,
      after: 12,
    });
    const rule = `${data.recurrence.charAt(0).toUpperCase()}${data.recurrence.slice(1)}, ${how}`;
    block(rule, PAD, y, inner, { size: 24, color: white, maxLines: 3 });
  }
  const owner = [data.movement, data.team ? `Actieteam ${data.team.shortName}` : null]
    .filter(Boolean)
    .join(' · ');
  if (owner) block(owner, PAD, CARD.height - 84, inner, { size: 17, color: white, maxLines: 2 });

  const x = PANEL + 8 + PAD;
  const width = CARD.width - x - PAD;
  y = block(
    'Een uur sparren, improviseren en samen zoeken met collega’s. Breng een vraag uit je eigen praktijk mee.',
    x,
    60,
    width,
    {
      size: 28,
      weight: 'bold',
      color: palette.brandDark,
      maxLines: 4,
      after: 22,
    },
  );
  const others = target.then.slice(0, target.kind === 'session' ? 3 : 4);
  if (others.length > 0) {
    y = block(target.kind === 'session' ? 'Ook op' : 'De volgende data', x, y, width, {
      size: 22,
      weight: 'bold',
      color: palette.brandDark,
      after: 4,
    });
    for (const date of others) {
      y = block(`${date.date}, ${date.time}`, x, y, width, {
        size: 22,
        maxLines: 1,
        after: 2,
      });
    }
    y += 18;
  }
  y = block('Zo doe je mee', x, y, width, {
    size: 22,
    weight: 'bold',
    color: palette.brandDark,
    after: 4,
  });
  y = block(data.join.linkOnRequest ? 'Vraag de link aan via' : 'Kijk in de agenda:', x, y, width, {
    size: 22,
  });
  // The address on a line of its own, smaller when needed, so it is never broken.
  const urlSize = Math.max(15, Math.min(22, (22 * width) / measure(data.join.pageUrl, 22, 'bold')));
  y = block(data.join.pageUrl, x, y, width, { size: urlSize, weight: 'bold', maxLines: 2 });
  if (data.join.linkOnRequest && data.join.contactEmail) {
    y = block(`of mail ${data.join.contactEmail}`, x, y, width, { size: 22, maxLines: 2 });
  }
  y += 8;
  block(
    'Voor medewerkers van deelnemende zorgorganisaties en leden van LOC Waardevolle zorg. Aanmelden is niet nodig.',
    x,
    y,
    width,
    {
      size: 19,
      color: palette.muted,
      maxLines: 3,
    },
  );
  const [page] = flow.pages();
  return page ?? { width: CARD.width, height: CARD.height, ops: [] };
}
