import { texts } from '../texts';

/**
 * How many participants recognised a question before the session ("herkenbaar"), as a tag
 * beside its status; nothing when nobody did. A count only: nobody can see who.
 */
export function HerkenbaarTag({ count }: { count: number }) {
  if (count === 0) return null;
  return <span className="tag tag--ok">{texts.inventory.herkenbaar(count)}</span>;
}
