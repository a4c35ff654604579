/** Characters that hide or reorder text, or drive a terminal, made visible: what a scanned tree hid is shown, never obeyed. */

/**
 * Control characters (an ESC would drive the reader's terminal), bidi controls, zero-width characters, Unicode tag
 * characters and other invisible format characters, each shown as ⟨U+XXXX⟩. Tab and newline are left alone.
 */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|\udb40[\udc00-\udc7f]/g;

export function revealHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
}
