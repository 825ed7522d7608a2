import { nbsp } from '../../core/locale.ts';
import type { ChartWords } from '../chart-words.ts';
import { sourceLineWords } from '../source-line-words.ts';

const en = {
  title: 'Messenger audiences against Russia’s population',
  headingWide: 'Monthly reach against the population, {month}',
  headingNarrow: 'Reach vs population, {month}',
  headingPopulationWide: 'Russia’s population, one square per million people',
  headingPopulationNarrow: 'One square per million people',
  gridFilled: '{filled} of {total} squares',
  gridTotal: '{total} squares:',
  gridPeople: '{people} people',
  gridMeasured: '(Rosstat, {date})',
  noteScale:
    'One square = one million people, rounded to the nearest million. Population: {people} (Rosstat, {date}), excluding four annexed Ukrainian regions.',
  noteOverlap: 'Audiences overlap: the grids do not add up.',
  ...sourceLineWords.en,
  tableCaption:
    'Monthly reach (Mediascope) against Russia’s whole population: one square per million people, rounded to the nearest million',
  tablePopulation: 'Russia’s population (Rosstat, excluding four annexed Ukrainian regions)',
  tableReach: '{platform} monthly reach (Mediascope)',
  tableReachReported: '{platform} monthly reach (Mediascope), reported by a secondary source',
  columnFigure: 'Figure',
  columnDate: 'Date or month',
  columnPeople: 'People',
  columnSquares: 'Squares',
  columnSources: 'Sources',
} as const;

/** The keys every language must give. */
export type PopulationCoverageWord = keyof typeof en;

/** Every string the population-coverage chart shows, in each language (chart-words.ts); the build checks they match. */
export const words: ChartWords<PopulationCoverageWord> = {
  en,
  ru: {
    title: 'Аудитории мессенджеров и население России',
    headingWide: 'Месячный охват и население, {month}',
    headingNarrow: 'Охват/население, {month}',
    headingPopulationWide: 'Население России, один квадрат на миллион человек',
    headingPopulationNarrow: `Квадрат${nbsp}— миллион человек`,
    gridFilled: '{filled} из {total}',
    gridTotal: 'Квадратов: {total}',
    gridPeople: 'Человек: {people}',
    gridMeasured: '(Росстат, {date})',
    noteScale: `Квадрат${nbsp}— миллион человек, с округлением. Население: {people} (Росстат, {date}), без четырёх аннексированных украинских регионов.`,
    noteOverlap: 'Аудитории пересекаются: сетки не складываются.',
    ...sourceLineWords.ru,
    tableCaption: 'Месячный охват (Mediascope) и всё население России: один квадрат на миллион человек, с округлением до миллиона',
    tablePopulation: 'Население России (Росстат, без учёта четырёх аннексированных украинских регионов)',
    tableReach: 'Месячный охват {platform} (Mediascope)',
    tableReachReported: 'Месячный охват {platform} (Mediascope), по сообщению вторичного источника',
    columnFigure: 'Показатель',
    columnDate: 'Дата или месяц',
    columnPeople: 'Человек',
    columnSquares: 'Квадратов',
    columnSources: 'Источники',
  },
};
