import { describe, expect, it } from 'vitest';
import { splitWideFrames } from '../../../src/build/postbuild/split-wide-frames.ts';

const svg = (size: string, marks: string, furniture?: string) =>
  `<svg class="frame frame--${size}" data-size="${size}" viewBox="0 0 10 10">${furniture ? `<use href="#${furniture}"></use>` : ''}<g data-marks>${marks}</g></svg>`;
const step = (id: string) =>
  `<div class="step" id="${id}" data-step><figure class="step__snapshot" data-snapshot>${svg('narrow', `<rect data-key="${id}-n"></rect>`, 's.furniture.narrow')}${svg('wide', `<rect data-key="${id}-w"></rect>`, 's.furniture.wide')}<figcaption>${id}</figcaption></figure></div>`;
const page = [
  '<!DOCTYPE html><html><head><title>x</title></head><body><main><p>Before</p>',
  '<scrolly-story class="scrolly">',
  '<svg class="frame-furniture"><defs><g id="s.furniture.narrow" class="frame"><line></line></g><g id="s.furniture.wide" class="frame"><line></line></g></defs></svg>',
  `<figure class="scrolly__graphic">${svg('narrow', '', 's.furniture.narrow')}${svg('wide', '', 's.furniture.wide')}</figure>`,
  `<div class="scrolly__steps">${step('one')}${step('two')}</div>`,
  '</scrolly-story><p>After</p></main></body></html>',
].join('');

describe('splitWideFrames', () => {
  const named: string[] = [];
  const split = splitWideFrames(page, (frames) => (named.push(frames), '/x/chapters/c/wide-frames.svg'))!;

  it('leaves the page its narrow frames and everything else byte for byte, and names the file on the story', () => {
    const expected = page
      .replace('<scrolly-story class="scrolly">', '<scrolly-story data-frames="/x/chapters/c/wide-frames.svg" class="scrolly">')
      .replace('<g id="s.furniture.wide" class="frame"><line></line></g>', '')
      .replaceAll(/<svg class="frame frame--wide".*?<\/svg>/g, '');
    expect(split.html).toBe(expected);
  });

  it('puts each step’s wide snapshot in the file, marked with its step, after the wide furniture, and names the file by its text', () => {
    expect(named).toEqual([split.frames]);
    expect(split.frames).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg">',
        '<svg class="frame-furniture" aria-hidden="true" focusable="false"><defs><g id="s.furniture.wide" class="frame"><line></line></g></defs></svg>',
        `<svg data-step="one"${svg('wide', '<rect data-key="one-w"></rect>', 's.furniture.wide').slice(4)}`,
        `<svg data-step="two"${svg('wide', '<rect data-key="two-w"></rect>', 's.furniture.wide').slice(4)}`,
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('leaves a page without stories, or without wide frames, alone', () => {
    expect(splitWideFrames('<html><body><p>x</p></body></html>', () => '/f.svg')).toBeUndefined();
    expect(splitWideFrames(page.replaceAll(/<svg class="frame frame--wide".*?<\/svg>/g, ''), () => '/f.svg')).toBeUndefined();
  });

  it('refuses a wide frame that draws furniture the page does not hold', () => {
    expect(() => splitWideFrames(page.replace('<g id="s.furniture.wide" class="frame"><line></line></g>', ''), () => '/f.svg')).toThrow(
      'the page has no furniture "s.furniture.wide"',
    );
  });
});
