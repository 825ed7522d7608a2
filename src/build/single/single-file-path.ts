import { localePath, type Locale } from '../../core/locale.ts';
import { mirrorName } from '../mirror/mirror-files.ts';

/**
 * Where the single-file edition of `locale` sits in the site, from its top: among that edition's downloads, named with
 * its language, since the file is passed on without its folder ("downloads/digital-sovereignty-explainer-en.html",
 * "ru/downloads/digital-sovereignty-explainer-ru.html"); and, beside it, its e-book (".epub") and its PDF (".pdf").
 */
export const singleFilePath = (locale: Locale, extension: 'html' | 'epub' | 'pdf' = 'html'): string =>
  localePath(locale, `/downloads/${mirrorName}-${locale}.${extension}`).slice(1);
