import { todayIso } from '@bangfu/domain';
import type { PublicNoticeOnPaperQuery } from '../generated/graphql/graphql.js';
import { contactLine, objectionContacts } from './notice-list.js';
import { paperDate } from './paper-values.js';

/** 公示名单, ready to post on a notice board: masked names, no ID, income, health or address. */

export type PaperNoticeList = Extract<
  PublicNoticeOnPaperQuery['publicNoticeList'],
  { __typename: 'PublicNoticeList' }
>;

export function PublicNoticeSheet({ list }: { list: PaperNoticeList }) {
  const contacts = objectionContacts(list.entries);
  return (
    <article className="paper-sheet" aria-label="公示名单">
      <h1>困难职工解困脱困建档立卡对象公示名单</h1>
      <p className="paper-subtitle">
        <span>公示单位：{list.unionName}</span>
        <span>
          期间：{paperDate(list.from)} 至 {paperDate(list.to)}
        </span>
      </p>
      <p>依据困难职工本人申请，经基层工会调查核实，拟为以下职工建立困难职工档案，现予公示。</p>
      <table aria-label="公示对象">
        <thead>
          <tr>
            <th style={{ width: '7%' }}>序号</th>
            <th style={{ width: '12%' }}>姓名</th>
            <th>所在基层工会</th>
            <th style={{ width: '12%' }}>困难类别</th>
            <th style={{ width: '18%' }}>主要致困原因</th>
            <th style={{ width: '24%' }}>公示期</th>
          </tr>
        </thead>
        <tbody>
          {list.entries.length === 0 && (
            <tr>
              <td colSpan={6} style={{ textAlign: 'center' }}>
                本期间无公示对象。
              </td>
            </tr>
          )}
          {list.entries.map((e, i) => (
            <tr key={e.archiveId}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{e.name}</td>
              <td>{e.unionName}</td>
              <td>{e.hardshipCategoryLabel}</td>
              <td>{e.primaryCauseLabel}</td>
              <td className="paper-nowrap">
                {e.noticeStartsOn} 至 {e.noticeEndsOn}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {contacts.length > 0 && (
        <>
          <p className="paper-footnote">
            公示期内，对公示对象有异议的，请以书面或电话方式实名向下列工会反映，我们将认真核实并保护反映人的信息：
          </p>
          <ul aria-label="异议受理">
            {contacts.map((c) => (
              <li key={c.unionName}>{contactLine(c)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="paper-signature">
        {list.unionName}
        <br />
        {paperDate(todayIso())}
      </p>
    </article>
  );
}
