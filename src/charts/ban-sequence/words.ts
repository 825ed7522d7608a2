import type { ChartWords } from '../chart-words.ts';

const en = {
  title: 'Internet controls and responses, 2012–2026',
  name: 'Internet controls and responses',
  headingWide: 'Internet controls and responses, {window}',
  legendReported: 'Hollow: reported, not officially confirmed',
  'lane.law': 'Laws and rulings',
  'lane.block': 'Blocks',
  'lane.throttle': 'Slowdowns',
  'lane.restriction': 'Restrictions',
  'lane.fine': 'Fines',
  'lane.launch': 'Launches',
  'lane.statement': 'Statements',
  tableCaption: 'Internet controls and responses, 2012–2026: laws, blocks, slowdowns, restrictions, fines, launches and statements',
  columnDate: 'Date',
  columnEvent: 'Event',
  columnKind: 'Kind',
  columnStatus: 'Status',
  columnSources: 'Sources',
  statusConfirmed: 'Confirmed',
  statusConfirmedDetail: 'Confirmed; reported only: {detail}',
  statusReported: 'Reported, not officially confirmed',
} as const;

/** The keys every language must give. */
export type BanSequenceWord = keyof typeof en;

/** Every string the ban-sequence chart shows, in each language (chart-words.ts); the build checks they match. */
export const words: ChartWords<BanSequenceWord> = {
  en,
  ru: {
    title: 'Контроль интернета и ответы, 2012–2026',
    name: 'Контроль интернета и ответы',
    headingWide: 'Контроль интернета и ответы, {window}',
    legendReported: 'Полый: по сообщениям, не подтверждено',
    'lane.law': 'Законы и суды',
    'lane.block': 'Блокировки',
    'lane.throttle': 'Замедления',
    'lane.restriction': 'Ограничения',
    'lane.fine': 'Штрафы',
    'lane.launch': 'Запуски',
    'lane.statement': 'Заявления',
    tableCaption: 'Контроль интернета и ответы, 2012–2026: законы, блокировки, замедления, ограничения, штрафы, запуски и заявления',
    columnDate: 'Дата',
    columnEvent: 'Событие',
    columnKind: 'Тип',
    columnStatus: 'Статус',
    columnSources: 'Источники',
    statusConfirmed: 'Подтверждено',
    statusConfirmedDetail: 'Подтверждено; только по сообщениям: {detail}',
    statusReported: 'По сообщениям, официально не подтверждено',
  },
};
