/**
 * The two messages between an embedded step (/embed/<id>/) and the page that frames it: the embed posts its content's
 * height to its parent (on load and whenever it changes), and the host script (/embed.js) may ask every frame to post
 * it again, for frames that loaded before the script did. Datawrapper's and Flourish's embeds talk the same way.
 */

/** The `type` of the height message: `{ type, id, height }`, posted by an embed to its parent. */
export const embedHeightType = 'digital-sovereignty:height';

/** The message a host script posts to each frame to have it post its height again; it carries nothing else. */
export const embedMeasureRequest = 'digital-sovereignty:measure';

/** The least and greatest height, in CSS px, the host script will give a frame. */
export const embedHeightRange = { min: 50, max: 20000 } as const;

/** What an embed tells its host. */
export interface EmbedHeightMessage {
  readonly type: typeof embedHeightType;
  /** The step's id, from the embed's address. */
  readonly id: string;
  /** The height of the embed's content, in CSS px. */
  readonly height: number;
}

/**
 * The height, in whole CSS px, that a message asks its frame to take, or undefined when the message is not ours: it
 * must come from one of the `trusted` origins and be a height message (`embedHeightType`) with a step id of word
 * characters and hyphens and a finite height within `embedHeightRange`. Anything else any other window posts (other
 * embeds, extensions, ads) is ignored.
 *
 * Pure and self-contained: it names nothing outside its own body (the type and range are written out, and a unit
 * test holds them equal to the constants above), because the host script is built from its source text
 * (src/build/kit/embed-host-script.ts).
 */
export function embedHeightFrom(data: unknown, origin: string, trusted: readonly string[]): number | undefined {
  if (trusted.indexOf(origin) < 0 || typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<Record<'type' | 'id' | 'height', unknown>>;
  const height = message.height;
  if (message.type !== 'digital-sovereignty:height' || typeof message.id !== 'string' || !/^[\w-]{1,200}$/.test(message.id))
    return undefined;
  return typeof height === 'number' && height >= 50 && height <= 20000 ? Math.ceil(height) : undefined;
}
