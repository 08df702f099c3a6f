import type { ContactCardOnPaperQuery } from '../generated/graphql/graphql.js';
import { paperDate, tick } from './paper-values.js';

/**
 * 困难职工解困脱困联系卡 (附件2), both copies on one A4 sheet with a line to cut along: the
 * person-in-charge copy (帮扶责任人存) and the worker copy (困难职工存), with exactly the seed's cells.
 */

export type PaperContactCard = NonNullable<
  NonNullable<ContactCardOnPaperQuery['archive']>['contactCard']
>;

type Option = { no: number; code: string; label: string; chosen: boolean };

function Options({ options, other }: { options: readonly Option[]; other: string | null }) {
  return (
    <div className="paper-options paper-inline">
      {options.map((o) => (
        <span key={o.code} className={o.chosen ? 'paper-chosen' : undefined} data-chosen={o.chosen}>
          {tick(o.chosen)} {o.no}.{o.label}
          {o.code === 'OTHER' && other ? `：${other}` : ''}
        </span>
      ))}
    </div>
  );
}

function PersonInChargeCopy({ copy }: { copy: PaperContactCard['personInChargeCopy'] }) {
  return (
    <section aria-label="联系卡（帮扶责任人存）">
      <h2>困难职工解困脱困联系卡（帮扶责任人存）</h2>
      <table>
        <tbody>
          <tr>
            <th>职工编号</th>
            <td>{copy.number}</td>
            <th>职工姓名</th>
            <td>{copy.name}</td>
            <th>性别</th>
            <td>{copy.sex}</td>
            <th>出生年月</th>
            <td>{copy.birthMonth ?? ''}</td>
          </tr>
          <tr>
            <th>家庭住址</th>
            <td colSpan={7}>{copy.address ?? ''}</td>
          </tr>
          <tr>
            <th>工作单位</th>
            <td colSpan={7}>{copy.employer ?? ''}</td>
          </tr>
          <tr>
            <th>家庭主要成员</th>
            <td colSpan={7}>{copy.householdSummary}</td>
          </tr>
          <tr>
            <th>致困原因</th>
            <td colSpan={3}>{copy.causes}</td>
            <th>困难类别</th>
            <td colSpan={3}>{copy.hardshipCategory}</td>
          </tr>
          <tr>
            <th>帮扶任务完成时限</th>
            <td colSpan={3}>{copy.deadline}</td>
            <th>联系方式</th>
            <td colSpan={3}>{copy.contact ?? ''}</td>
          </tr>
          <tr>
            <th>帮扶单位</th>
            <td colSpan={3}>{copy.assistanceUnit}</td>
            <th>帮扶责任人</th>
            <td colSpan={3}>{copy.assistancePerson}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function WorkerCopy({ copy }: { copy: PaperContactCard['workerCopy'] }) {
  return (
    <section aria-label="联系卡（困难职工存）">
      <h2>困难职工解困脱困联系卡（困难职工存）</h2>
      <table>
        <tbody>
          <tr>
            <th>职工姓名</th>
            <td>{copy.name}</td>
            <th>性别</th>
            <td>{copy.sex}</td>
            <th>出生年月</th>
            <td>{copy.birthMonth ?? ''}</td>
          </tr>
          <tr>
            <th>帮扶单位</th>
            <td colSpan={5}>{copy.assistanceUnit}</td>
          </tr>
          <tr>
            <th>帮扶责任人</th>
            <td>{copy.assistancePerson}</td>
            <th>职务</th>
            <td>{copy.post ?? ''}</td>
            <th>联系方式</th>
            <td>{copy.phone ?? ''}</td>
          </tr>
          <tr>
            <th>困难职工所属工会联络人姓名</th>
            <td>{copy.liaisonName ?? ''}</td>
            <th>职务</th>
            <td>{copy.liaisonPost ?? ''}</td>
            <th>联系方式</th>
            <td>{copy.liaisonPhone ?? ''}</td>
          </tr>
          <tr>
            <th>解困脱困措施选项</th>
            <td colSpan={5} aria-label="解困脱困措施选项">
              <Options options={copy.measures} other={copy.measureOther} />
            </td>
          </tr>
          <tr>
            <th>解困脱困计划选项</th>
            <td colSpan={5} aria-label="解困脱困计划选项">
              <Options options={copy.actionPlans} other={copy.actionPlanOther} />
            </td>
          </tr>
          <tr>
            <th>备注</th>
            <td colSpan={5}>{copy.remarks ?? ''}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function ContactCardSheet({ card }: { card: PaperContactCard }) {
  return (
    <article className="paper-sheet" aria-label="困难职工解困脱困联系卡">
      <PersonInChargeCopy copy={card.personInChargeCopy} />
      <div className="paper-cut">
        <span>✂ 沿此线剪开 ✂</span>
      </div>
      <WorkerCopy copy={card.workerCopy} />
      {card.issuedOn && <p className="paper-signature">发卡日期：{paperDate(card.issuedOn)}</p>}
    </article>
  );
}
