import {
  ACTION_PLANS,
  ARCHIVE_FIELDS,
  HARDSHIP_CAUSES,
  KEY_GROUPS,
  MEASURES,
  MEMBER_FIELDS,
  fixedEntries,
  type ArchiveFieldName,
  type FieldSpec,
} from '@bangfu/domain';
import type { ArchiveOnPaperQuery } from '../generated/graphql/graphql.js';
import {
  ARCHIVE_FORM_BANDS,
  MEMBER_ROWS_ON_PAPER,
  SIGNATURE_FIELD,
  SUPPLEMENT_FIELDS,
  starred,
  type PaperBand,
} from './archive-form-layout.js';
import {
  dictionaryText,
  paperDate,
  paperValue,
  tick,
  tickedOptions,
  type DictionaryLabels,
} from './paper-values.js';

/** 困难职工档案表 (附件1), laid out as the seed prints it, filled in with one archive. */

export type PaperArchive = NonNullable<ArchiveOnPaperQuery['archive']>;

interface SheetProps {
  archive: PaperArchive;
  labels: DictionaryLabels;
}

function cellText(archive: PaperArchive, name: ArchiveFieldName, labels: DictionaryLabels): string {
  return paperValue(ARCHIVE_FIELDS[name], (archive as Record<string, unknown>)[name], labels);
}

/** The day the worker signed: the current plan's record (步骤五), else the form's own. */
function signedOn(archive: PaperArchive): string | null | undefined {
  return archive.plan?.workerSignedOn ?? archive.workerSignedOn;
}

/** 职工签字: an empty box for the worker's ink, the signing date beside it once recorded. */
function SignatureCell({ archive }: { archive: PaperArchive }) {
  const on = signedOn(archive);
  return (
    <td data-field={SIGNATURE_FIELD} className="paper-signature-cell">
      <span className="paper-ink" aria-label="职工签字处" />
      {on && <span className="paper-signed-on">签字日期：{paperDate(on)}</span>}
    </td>
  );
}

function Cell({ name, ...props }: SheetProps & { name: ArchiveFieldName }) {
  if (name === SIGNATURE_FIELD) return <SignatureCell archive={props.archive} />;
  return <td data-field={name}>{cellText(props.archive, name, props.labels)}</td>;
}

function FieldBand({
  band,
  ...props
}: SheetProps & { band: Extract<PaperBand, { fields: unknown }> }) {
  if (band.kind === 'pairs') {
    return (
      <table>
        <tbody>
          <tr>
            {band.fields.map((name) => [
              <th key={`${name}-label`}>{starred(name)}</th>,
              <Cell key={name} name={name} {...props} />,
            ])}
          </tr>
        </tbody>
      </table>
    );
  }
  return (
    <table>
      <tbody>
        <tr>
          {band.fields.map((name) => (
            <th key={name}>{starred(name)}</th>
          ))}
        </tr>
        <tr>
          {band.fields.map((name) => (
            <Cell key={name} name={name} {...props} />
          ))}
        </tr>
      </tbody>
    </table>
  );
}

const MEMBER_COLUMNS = Object.values<FieldSpec>(MEMBER_FIELDS);
// Numbers and dates stay on one line; names and schools wrap.
const NOWRAP = new Set(['idNumber', 'date', 'fen']);

function MembersBand({ archive, labels }: SheetProps) {
  const rows = Math.max(MEMBER_ROWS_ON_PAPER, archive.members.length);
  return (
    <table aria-label="家庭主要成员" className="paper-members">
      <tbody>
        <tr>
          <th rowSpan={rows + 1} className="paper-vertical">
            家庭主要成员
          </th>
          {MEMBER_COLUMNS.map((spec) => (
            <th key={spec.name}>{spec.label}</th>
          ))}
        </tr>
        {Array.from({ length: rows }, (_, i) => {
          const member = archive.members[i] as Record<string, unknown> | undefined;
          return (
            <tr key={i}>
              {MEMBER_COLUMNS.map((spec) => (
                <td key={spec.name} className={NOWRAP.has(spec.kind) ? 'paper-nowrap' : undefined}>
                  {member ? paperValue(spec, member[spec.name], labels) : ''}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CausesBand({ archive }: SheetProps) {
  const secondary = archive.secondaryCauses ?? [];
  const options = fixedEntries(HARDSHIP_CAUSES);
  const numbered = (code: string) => {
    const option = options.find((o) => o.code === code);
    return option ? `${option.no}.${option.label}` : code;
  };
  return (
    <table aria-label="致困原因">
      <tbody>
        <tr>
          <th rowSpan={3} style={{ width: '18%' }}>
            致困原因(个人或家庭成员)
          </th>
          <td colSpan={2}>
            <div className="paper-options paper-inline">
              {options.map((o) => {
                const role =
                  o.code === archive.primaryCause
                    ? '（主要）'
                    : secondary.includes(o.code)
                      ? '（次要）'
                      : '';
                return (
                  <span key={o.code} className={role ? 'paper-chosen' : undefined}>
                    {tick(!!role)} {o.no}.{o.label}
                    {role}
                  </span>
                );
              })}
            </div>
          </td>
        </tr>
        <tr>
          <th style={{ width: '24%' }}>主要致困原因（限选一项）：</th>
          <td data-field="primaryCause">{numbered(archive.primaryCause)}</td>
        </tr>
        <tr>
          <th>次要致困原因（最多选三项）：</th>
          <td data-field="secondaryCauses">{secondary.map(numbered).join('；')}</td>
        </tr>
      </tbody>
    </table>
  );
}

function AttachmentsBand({ archive, labels }: SheetProps) {
  const files = archive.attachments ?? [];
  const rows = Math.max(1, files.length);
  return (
    <table aria-label="附件">
      <tbody>
        <tr>
          <th rowSpan={rows + 1} style={{ width: '10%' }}>
            附 件
          </th>
          <th>附件类型</th>
          <th>附件名称</th>
          <th>备注</th>
        </tr>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <td>{files[i] ? dictionaryText(labels, 'attachmentType', files[i].type) : ''}</td>
            <td>{files[i]?.name ?? ''}</td>
            <td>{files[i]?.remark ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Options({
  entries,
  chosen,
  other,
}: {
  entries: Parameters<typeof tickedOptions>[0];
  chosen: readonly string[] | undefined;
  other: string | null | undefined;
}) {
  return (
    <div className="paper-options">
      {tickedOptions(entries, chosen).map((o) => (
        <span key={o.code} className={o.chosen ? 'paper-chosen' : undefined}>
          {tick(o.chosen)} {o.no}.{o.label}
          {o.code === 'OTHER' && other ? `：${other}` : ''}
        </span>
      ))}
    </div>
  );
}

function DeterminationBand({ archive }: SheetProps) {
  const d = archive.determination;
  const decided = d?.decidedOn ? paperDate(d.decidedOn) : '      年    月    日';
  return (
    <table aria-label="确定解困脱困对象">
      <tbody>
        <tr>
          <td colSpan={6}>
            *建档人或审核人确定困难职工是否为解困脱困对象（ {tick(d?.isTarget === true)}是{' '}
            {tick(d?.isTarget === false)}否 ）（确定时间：{decided}{' '}
            ），对解困脱困对象确定以下类别中的选项
          </td>
        </tr>
        <tr>
          <th className="paper-vertical">五类重点群体</th>
          <td>
            <Options
              entries={fixedEntries(KEY_GROUPS)}
              chosen={d?.keyGroups}
              other={d?.keyGroupOther}
            />
          </td>
          <th className="paper-vertical">“四个一批”措施</th>
          <td>
            <Options
              entries={fixedEntries(MEASURES)}
              chosen={d?.measures}
              other={d?.measureOther}
            />
          </td>
          <th className="paper-vertical">七个行动计划</th>
          <td>
            <Options
              entries={fixedEntries(ACTION_PLANS)}
              chosen={d?.actionPlans}
              other={d?.actionPlanOther}
            />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * 补充信息, below the seed's form: what the system records that the seed has no cell for —
 * 残疾等级, 大病保险, 职工医疗互助, the worker's application (步骤三) and who witnessed the signature.
 */
function SupplementBand({ archive, labels }: SheetProps) {
  const extra: [string, string, string][] = [
    ...SUPPLEMENT_FIELDS.map((name): [string, string, string] => [
      name,
      ARCHIVE_FIELDS[name].label,
      cellText(archive, name, labels),
    ]),
    ['applicationOn', '申请日期', paperDate(archive.applicationOn)],
    [
      'applicationChannel',
      '申请方式',
      archive.applicationChannel
        ? dictionaryText(labels, 'applicationChannel', archive.applicationChannel)
        : '',
    ],
    ['signatureWitness', '签字见证人', archive.plan?.signatureWitness ?? ''],
  ];
  const rows = [extra.slice(0, 3), extra.slice(3)];
  return (
    <section className="paper-supplement" aria-label="补充信息">
      <h2>补充信息</h2>
      <table>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map(([name, label, text]) => [
                <th key={`${name}-label`}>{label}</th>,
                <td key={name} data-supplement={name}>
                  {text}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const BLOCKS = {
  members: MembersBand,
  causes: CausesBand,
  attachments: AttachmentsBand,
  determination: DeterminationBand,
};

export function ArchiveFormSheet(props: SheetProps) {
  return (
    <article className="paper-sheet" aria-label="困难职工档案表">
      <h1>困难职工档案表</h1>
      <p className="paper-subtitle">
        <span>（*为必填项）</span>
        <span>建档工会：{props.archive.union.name}</span>
      </p>
      {ARCHIVE_FORM_BANDS.map((band, i) => {
        if ('fields' in band) return <FieldBand key={i} band={band} {...props} />;
        const Block = BLOCKS[band.kind];
        return <Block key={i} {...props} />;
      })}
      <p className="paper-footnote">注：填表要求与工会帮扶工作管理系统填表要求一致。</p>
      <SupplementBand {...props} />
    </article>
  );
}
