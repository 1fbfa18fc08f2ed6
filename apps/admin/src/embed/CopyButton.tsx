/**
 * Copies a text to the clipboard and says whether it worked (the caller announces it). The
 * Clipboard API needs a secure context (https or localhost); without it the caller tells the
 * reader to copy by hand.
 */
export function CopyButton({
  text,
  label,
  onCopied,
}: {
  text: string;
  label: string;
  onCopied: (ok: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => {
        const clipboard = navigator.clipboard as Clipboard | undefined;
        if (!clipboard) {
          onCopied(false);
          return;
        }
        clipboard.writeText(text).then(
          () => onCopied(true),
          () => onCopied(false),
        );
      }}
    >
      {label}
    </button>
  );
}
