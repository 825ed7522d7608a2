import { embedHeightFrom, embedMeasureRequest } from '../../core/embed-message.ts';

/** A function's source on one line: its line breaks and indents dropped (it ends each statement with a semicolon or a brace). */
const compact = (source: string) => source.replace(/\n\s*/g, '');

/**
 * The optional host script (/embed.js), a few hundred bytes: on the host's page, it gives each of this site's embed
 * frames the height its content asks for (src/core/embed-message.ts), so the frame fits at every width without a
 * scroll bar or blank space, as Datawrapper's and Flourish's embed scripts do. It trusts messages from the site's
 * origin baked in at build (`siteOrigin`) and from the origin it was itself loaded from (the same, unless a host
 * copied it to its own server, or the site is served from a preview address), checks their shape, and resizes only the
 * frame whose window sent the message; that frame then shows no scroll bar (`scrolling="no"`), which would take its width,
 * wrap its text anew and change the very height it was fitted to, back and forth. When it runs after frames have loaded, it asks those frames of a trusted origin
 * for their height. Loaded more than once (one line per pasted embed), it runs once.
 */
export function embedHostScript(siteOrigin: string): string {
  const script =
    `/* Optional: fits this site's embeds to their content. */\n` +
    `(()=>{if(window.digitalSovereigntyEmbeds)return;window.digitalSovereigntyEmbeds=1;` +
    `const o=[${JSON.stringify(siteOrigin)}],c=document.currentScript,h=${compact(embedHeightFrom.toString())};` +
    `c&&c.src&&o.push(new URL(c.src).origin);` +
    `addEventListener("message",e=>{const n=h(e.data,e.origin,o);` +
    `if(n)for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.scrolling="no",f.style.height=n+"px"});` +
    `for(const f of document.querySelectorAll("iframe"))try{o.includes(new URL(f.src,location.href).origin)&&` +
    `f.contentWindow.postMessage(${JSON.stringify(embedMeasureRequest)},"*")}catch{}})();\n`;
  // The check is copied in as source text: make sure what came out is a script at all.
  new Function(script);
  return script;
}
