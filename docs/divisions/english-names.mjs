// English names of divisions: the place name in pinyin (npm pinyin-pro, toneless, one word per name, an
// apostrophe before a syllable that starts with a vowel: Xi'an, Lu'an; ü kept: Lüliang), then the kind of division translated
// from a small table of suffixes. Used by the generators of V15_1 and V15_2; see docs/divisions.md.

import { pinyin } from 'pinyin-pro';

// Longest suffix first, so that 自治县 wins over 县 and 市辖区 over 区.
const SUFFIXES = [
    ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
    ['经济技术开发区', 'Economic and Technological Development Zone'],
    ['经济开发区', 'Economic Development Zone'],
    ['产业开发区', 'Industrial Development Zone'],
    ['风景名胜区', 'Scenic Area'],
    ['工业园区', 'Industrial Park'],
    ['开发区', 'Development Zone'],
    ['管理区', 'Administrative Zone'],
    ['示范区', 'Demonstration Zone'],
    ['自治州', 'Autonomous Prefecture'],
    ['自治县', 'Autonomous County'],
    ['自治旗', 'Autonomous Banner'],
    ['市辖区', 'Municipal Districts'],
    ['新区', 'New Area'],
    ['林区', 'Forestry District'],
    ['特区', 'Special District'],
    ['地区', 'Prefecture'],
    ['区', 'District'],
    ['市', 'City'],
    ['县', 'County'],
    ['盟', 'League'],
    ['旗', 'Banner'],
    ['农场', 'Farm'],
    ['牧场', 'Ranch'],
    ['总场', 'General Farm'],
    ['镇', 'Town'],
    ['乡', 'Township'],
];

// Names that are only a kind: 重庆市's 县 (500200).
const WHOLE = new Map([['县', 'Counties'], ['市辖区', 'Municipal Districts'],
    ['省直辖县级行政区划', 'County-level Divisions under the Province'],
    ['自治区直辖县级行政区划', 'County-level Divisions under the Autonomous Region']]);

// The peoples named in autonomous divisions (民族), longest first; the common English names where pinyin is not
// what is used (蒙古 → Mongol), pinyin otherwise. 族 after the name is dropped.
const PEOPLES = [
    ['乌孜别克', 'Uzbek'], ['柯尔克孜', 'Kirgiz'], ['维吾尔', 'Uygur'], ['哈萨克', 'Kazakh'], ['塔吉克', 'Tajik'],
    ['俄罗斯', 'Russian'], ['塔塔尔', 'Tatar'], ['达斡尔', 'Daur'], ['鄂温克', 'Ewenki'], ['鄂伦春', 'Oroqen'],
    ['蒙古', 'Mongol'], ['朝鲜', 'Korean'], ['土家', 'Tujia'], ['布依', 'Bouyei'], ['哈尼', 'Hani'],
    ['傈僳', 'Lisu'], ['拉祜', 'Lahu'], ['纳西', 'Naxi'], ['景颇', 'Jingpo'], ['仫佬', 'Mulao'], ['毛南', 'Maonan'],
    ['仡佬', 'Gelao'], ['东乡', 'Dongxiang'], ['撒拉', 'Salar'], ['锡伯', 'Xibe'], ['普米', 'Pumi'], ['阿昌', 'Achang'],
    ['布朗', 'Blang'], ['保安', 'Bonan'], ['裕固', 'Yugur'], ['独龙', 'Derung'], ['德昂', 'De\'ang'],
    ['回', 'Hui'], ['藏', 'Tibetan'], ['苗', 'Miao'], ['彝', 'Yi'], ['壮', 'Zhuang'], ['满', 'Manchu'],
    ['侗', 'Dong'], ['瑶', 'Yao'], ['白', 'Bai'], ['傣', 'Dai'], ['黎', 'Li'], ['佤', 'Va'], ['畲', 'She'],
    ['水', 'Sui'], ['土', 'Tu'], ['羌', 'Qiang'], ['怒', 'Nu'], ['京', 'Gin'],
];

const VOWEL_START = /^[aoe]/;

/** Toneless pinyin of a Chinese name as one capitalised word: 霍城 → Huocheng, 西安 → Xi'an. */
export function romanise(text) {
    if (!text) {
        return '';
    }
    const syllables = pinyin(text, { toneType: 'none', type: 'array' });
    const word = syllables.map((s, i) => (i > 0 && VOWEL_START.test(s) ? `'${s}` : s)).join('');
    return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The peoples at the end of an autonomous division's stem (湘西土家族苗族 → 湘西, [Tujia, Miao]). */
function splitPeoples(stem) {
    const peoples = [];
    let rest = stem;
    for (;;) {
        const withZu = rest.endsWith('族') ? rest.slice(0, -1) : rest;
        const hit = PEOPLES.find(([zh]) => withZu.endsWith(zh));
        if (!hit) {
            return { place: rest, peoples };
        }
        peoples.unshift(hit[1]);
        rest = withZu.slice(0, -hit[0].length);
    }
}

/** The English name of a division's Chinese name: 霍城县 → Huocheng County, 大理白族自治州 → Dali Bai Autonomous Prefecture. */
export function englishName(nameZh) {
    if (WHOLE.has(nameZh)) {
        return WHOLE.get(nameZh);
    }
    const suffix = SUFFIXES.find(([zh]) => nameZh.endsWith(zh) && nameZh.length > zh.length);
    if (!suffix) {
        return romanise(nameZh);
    }
    let stem = nameZh.slice(0, -suffix[0].length);
    if (suffix[0].startsWith('自治')) {
        const { place, peoples } = splitPeoples(stem);
        return [romanise(place), ...peoples, suffix[1]].filter(Boolean).join(' ');
    }
    return `${romanise(stem)} ${suffix[1]}`;
}
