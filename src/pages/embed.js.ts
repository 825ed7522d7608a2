import type { APIRoute } from 'astro';
import { embedHostScript } from '../build/kit/embed-host-script.ts';
import { absoluteUrl } from '../core/url.ts';

/** /embed.js: the optional host script of the embed codes (src/build/kit/embed-host-script.ts), for the site's origin. */
export const GET: APIRoute = () =>
  new Response(embedHostScript(new URL(absoluteUrl('/')).origin), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
