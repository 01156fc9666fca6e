import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';

/**
 * 上标 x² and 下标 x₁: Tiptap's marks (`<sup>` / `<sub>`, and spans with `vertical-align:
 * super|sub` as WPS pastes them), shortcuts Mod-. and Mod-, as in Word. A character is never
 * both at once: setting one takes the other away.
 */
export const GuideSuperscript = Superscript.extend({ excludes: 'superscript subscript' });

/** See {@link GuideSuperscript}. */
export const GuideSubscript = Subscript.extend({ excludes: 'subscript superscript' });
