import fs from 'fs'; import zlib from 'zlib';
const h = fs.readFileSync('dist/embed/'+process.argv[2]+'/index.html','utf8');
const gz = s => zlib.gzipSync(s).length;
let rest = h;
for (const [name, re] of [['style',/<style>[\s\S]*?<\/style>/g],['script',/<script[\s\S]*?<\/script>/g],['svg',/<svg[\s\S]*?<\/svg>/g],['meta',/<meta[^>]*>/g],['link',/<link[^>]*>/g]]) {
  const parts = rest.match(re) || []; const j = parts.join('');
  console.log(name, parts.length, j.length, gz(j)); rest = rest.replace(re, '');
}
console.log('rest', rest.length, gz(rest)); console.log('total', h.length, gz(h));
