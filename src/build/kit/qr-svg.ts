import QRCode from 'qrcode';

/** A QR code of `href` as an SVG file, for paper: black on white, level M and a four-module quiet zone. */
export function qrSvg(href: string): Promise<string> {
  // Level M survives a crease or a smudge on paper; a four-module quiet zone is what scanners expect.
  return QRCode.toString(href, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
