/*
 * The largest amount each kind of money field accepts, in fen. Each is far above anything real
 * for a household in difficulty — a value above it is a slip (fen typed as yuan, extra zeros), not
 * a fact — and far below PostgreSQL's `integer` (2,147,483,647 fen, about 21.47 million yuan): even
 * the largest, an annual income, leaves ten times headroom in a per-row column, and ledger entries
 * stay below 1 % of it each, so a few of them summed can never overflow. Totals over many rows are
 * the API's to add up in bigint.
 */

export interface MoneyLimit {
  /** The field's words, for messages that have no field of their own to name. */
  readonly label: string;
  readonly labelEn: string;
  readonly maxFen: number;
}

export const MONEY_LIMITS = {
  /**
   * 帮扶台账 entry, money or goods valued: 200,000 yuan. The largest single aids a union gives
   * (大病救助, 金秋助学) are in the thousands to a few tens of thousands of yuan.
   */
  ledgerEntry: {
    label: '帮扶金额（物资折价）',
    labelEn: 'Amount (or value of goods)',
    maxFen: 20_000_000,
  },
  /**
   * 本人月平均收入, a member's 月收入: 100,000 yuan a month, about ten times an average urban
   * wage; a worker in difficulty earning more is not one. Typing fen into a yuan field lands above it.
   */
  monthlyIncome: { label: '月收入', labelEn: 'Monthly income', maxFen: 10_000_000 },
  /**
   * 家庭年度总收入, 家庭其他非薪资年收入: 2,000,000 yuan a year — above twelve months of the
   * monthly maximum, and about a hundred times the income of a household that qualifies.
   */
  annualIncome: { label: '年收入', labelEn: 'Annual income', maxFen: 200_000_000 },
  /** 低保标准 per person and month: 10,000 yuan, several times the highest line in China. */
  minimumLine: {
    label: '低保标准（每人每月）',
    labelEn: 'Minimum living line (per person per month)',
    maxFen: 1_000_000,
  },
} as const satisfies Record<string, MoneyLimit>;

export type MoneyKind = keyof typeof MONEY_LIMITS;

/** The largest amount any money field accepts: what `parseYuan` allows when told nothing else. */
export const MONEY_MAX_FEN = Math.max(...Object.values(MONEY_LIMITS).map((l) => l.maxFen));
