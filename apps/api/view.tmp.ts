import { demoUnions, demoArchives } from './src/demo/generate.js';
const unions = demoUnions(20160713);
const by = new Map(unions.map(u=>[u.key,u]));
let i=0; const remarks = new Map<string, number>(); let clash=0;
for (const a of demoArchives(20160713, 20000, unions)) {
  const x=a.input;
  if (x.remarks) { const k = x.remarks.replace(/[\u4e00-\u9fa5]{2,4}(?=就读|患)/,'X'); remarks.set(k,(remarks.get(k)??0)+1); }
  const names = new Set(x.members.map(m=>m.name)); if (names.has(x.assistancePerson) || names.has(x.name) || names.size < x.members.length) clash++;
  if (i++ < 12) console.log(`${a.status} ${by.get(a.unionKey)!.name} | ${x.name} ${x.birthDate} ${x.workStatus} ${x.health} | ${x.address} | ${x.employer ?? '-'} | ${x.primaryCause}+${x.secondaryCauses.join(',')} | ${x.members.map(m=>m.name+'/'+m.relation+'/'+m.birthDate.slice(0,4)+'/'+m.memberStatus+'/'+m.health).join(' ; ')} | ${x.remarks ?? ''}`);
}
console.log('clash', clash);
console.log([...remarks].sort((a,b)=>b[1]-a[1]).slice(0,60));
