import { embedHeightType, embedMeasureRequest } from '../../core/embed-message.ts';

/**
 * The one inline script of an embed page, first in its head (the Content-Security-Policy allows it by hash, as it
 * does every page's inline code; src/build/postbuild/inline-assets.ts). It does two things, and the page needs
 * neither: without JavaScript it follows the reader's colour scheme and keeps the height its snippet gives it.
 * - `?theme=light` or `?theme=dark` on the embed's address sets `data-theme` on `<html>`, which the embed's theme
 *   CSS (embed-theme.ts) reads; anything else, or `auto`, leaves the reader's scheme.
 * - Inside a frame, it posts the content's height to the parent (the message of src/core/embed-message.ts) when the
 *   page first lays out and whenever the height changes (a ResizeObserver on `<html>`, whose height is the content's:
 *   nothing on the page depends on the frame's own height, so a host that resizes the frame causes no new message),
 *   and again when the parent asks. The height and the step's id are no secret, so it posts to any origin.
 *   An observer reports a size only when it differs from the last one it saw, and it looks only when the frame
 *   draws: had the parent asked while the frame was at a size the observer never saw (a host window resized from
 *   640 to 960 px and back faster than the frame drew, as a loaded machine shows), the frame would keep that answer
 *   once the size came back. So an answer also starts the observer afresh, to report the size at the next drawing.
 *   (ResizeObserver is in every browser since 2020; without it the script stops after setting the theme.)
 * The same text on every embed page (the id comes from the address), so every embed's policy names the same hash.
 */
export const embedFrameScript =
  `(()=>{const d=document.documentElement,t=new URLSearchParams(location.search).get("theme");` +
  `if(t==="light"||t==="dark")d.dataset.theme=t;if(parent===self)return;` +
  `const p=()=>parent.postMessage({type:${JSON.stringify(embedHeightType)},` +
  `id:location.pathname.split("/").filter(Boolean).pop(),height:d.getBoundingClientRect().height},"*"),` +
  `o=new ResizeObserver(p);o.observe(d);` +
  `addEventListener("message",e=>e.source===parent&&e.data===${JSON.stringify(embedMeasureRequest)}&&(p(),o.unobserve(d),o.observe(d)))})()`;
