import fs from 'fs'; import { parse, walk, generate } from 'css-tree';
const f = process.argv[2];
const rules = (file) => { const h = fs.readFileSync(file,'utf8'); const out=[]; for (const m of h.matchAll(/<style>([\s\S]*?)<\/style>/g)) { const ast=parse(m[1]); walk(ast,{visit:'Rule',enter(n){ const ctx=this.atrule?'@'+this.atrule.name+' '+(this.atrule.prelude?generate(this.atrule.prelude):'')+' ':''; out.push(ctx+generate(n.prelude)+' {'+n.block.children.toArray().map(d=>generate(d)).join(';')+'}'); }}); } return out; };
const a = rules('/tmp/lean/dist-before/embed/'+f+'/index.html'), b = rules('dist/embed/'+f+'/index.html');
const sb=new Set(b), sa=new Set(a);
console.log('only before:'); for (const r of a) if(!sb.has(r)) console.log('  ', r.slice(0,300));
console.log('only after:'); for (const r of b) if(!sa.has(r)) console.log('  ', r.slice(0,300));
