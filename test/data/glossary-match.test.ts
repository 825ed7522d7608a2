import { describe, expect, it } from 'vitest';
import { phraseKey, termMatcher, termsIn } from '../../src/data/glossary-match.ts';

const match = termMatcher([
  { id: 'dns', term: 'DNS', aliases: ['Domain Name System'] },
  { id: 'national-dns', term: 'National Domain Name System', aliases: ['national DNS'] },
  { id: 'vpn', term: 'VPN', aliases: ['virtual private network'] },
  { id: 'sovereign-internet-law', term: 'sovereign internet law', aliases: [] },
  { id: 'whitelists', term: 'whitelists', aliases: ['whitelist'] },
  { id: 'monthly-reach', term: 'monthly reach', aliases: [] },
]);
/** What a reader would see linked: each match's words, and whether it sits in someone's quoted words. */
const found = (text: string) => match(text).map((m) => [m.id, text.slice(m.start, m.end), m.quoted]);

describe('termMatcher', () => {
  it('finds a term as a word of its own, with a plural, but not inside another word', () => {
    expect(found('A VPN law; two VPNs; DNSSEC is not DNS.')).toEqual([
      ['vpn', 'VPN', false],
      ['vpn', 'VPNs', false],
      ['dns', 'DNS', false],
    ]);
  });

  it('reads ё and е as one letter, as Russian print writes them either way', () => {
    const russian = termMatcher([
      { id: 'national-dns', term: 'национальная система доменных имён', aliases: ['национальной системы доменных имён'] },
    ]);
    const text = 'Из Национальной системы доменных имен исчез WhatsApp.';
    expect(russian(text).map((m) => text.slice(m.start, m.end))).toEqual(['Национальной системы доменных имен']);
  });

  it('matches the first letter in either case and the rest as written', () => {
    expect(found('Monthly reach, monthly reach, MONTHLY REACH, dns')).toEqual([
      ['monthly-reach', 'Monthly reach', false],
      ['monthly-reach', 'monthly reach', false],
    ]);
  });

  it('prefers the longest phrase where phrases overlap', () => {
    expect(found('the National Domain Name System, the national DNS and the DNS')).toEqual([
      ['national-dns', 'National Domain Name System', false],
      ['national-dns', 'national DNS', false],
      ['dns', 'DNS', false],
    ]);
  });

  it('reads through quotation marks around part of a phrase, and links the quoted words whole', () => {
    expect(found('the "sovereign internet" law')).toEqual([['sovereign-internet-law', '"sovereign internet" law', false]]);
    expect(found('the “sovereign internet” law of May')).toEqual([['sovereign-internet-law', '“sovereign internet” law', false]]);
  });

  it('does not take a term in quotation marks for a quotation, but marks a term inside someone’s quoted words', () => {
    expect(found('During a shutdown, “whitelists” of approved services')).toEqual([['whitelists', 'whitelists', false]]);
    expect(found('He urged users to "stock up on several VPNs/proxies"; a VPN law')).toEqual([
      ['vpn', 'VPNs', true],
      ['vpn', 'VPN', false],
    ]);
  });

  it('matches across a line break in the source', () => {
    expect(found('a virtual private\n  network')).toEqual([['vpn', 'virtual private\n  network', false]]);
  });

  it('lists the terms a text uses outside quotations, each once, in order of first use', () => {
    expect(termsIn('“Stock up on VPNs”, said he; the national DNS, the DNS, the national DNS', match)).toEqual(['national-dns', 'dns']);
  });

  it('reads a phrase as the matcher does: quotation marks gone, spaces single, the first letter lower case', () => {
    expect(phraseKey('“Sovereign  internet” law')).toBe('sovereign internet law');
    expect(phraseKey('"" ')).toBe('');
  });
});
