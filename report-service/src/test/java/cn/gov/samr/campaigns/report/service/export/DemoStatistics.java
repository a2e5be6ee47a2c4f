package cn.gov.samr.campaigns.report.service.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Completeness;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.TypeFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.UnitStatistics;

/**
 * Statistics shaped like the 2022 campaign's: the 32 provincial units with their Chinese names, figures that differ
 * from unit to unit, and reports in every state of timeliness (24 on time, 4 late, 2 missing, 2 pending).
 */
final class DemoStatistics {

    static final UUID CAMPAIGN = UUID.fromString("2022b0b0-0000-4000-8000-000000000001");

    static final String[][] UNITS = {
            { "110000", "北京市", "Beijing" }, { "120000", "天津市", "Tianjin" }, { "130000", "河北省", "Hebei" },
            { "140000", "山西省", "Shanxi" }, { "150000", "内蒙古自治区", "Inner Mongolia" },
            { "210000", "辽宁省", "Liaoning" }, { "220000", "吉林省", "Jilin" },
            { "230000", "黑龙江省", "Heilongjiang" }, { "310000", "上海市", "Shanghai" },
            { "320000", "江苏省", "Jiangsu" }, { "330000", "浙江省", "Zhejiang" }, { "340000", "安徽省", "Anhui" },
            { "350000", "福建省", "Fujian" }, { "360000", "江西省", "Jiangxi" }, { "370000", "山东省", "Shandong" },
            { "410000", "河南省", "Henan" }, { "420000", "湖北省", "Hubei" }, { "430000", "湖南省", "Hunan" },
            { "440000", "广东省", "Guangdong" }, { "450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region" },
            { "460000", "海南省", "Hainan" }, { "500000", "重庆市", "Chongqing" }, { "510000", "四川省", "Sichuan" },
            { "520000", "贵州省", "Guizhou" }, { "530000", "云南省", "Yunnan" },
            { "540000", "西藏自治区", "Xizang Autonomous Region" }, { "610000", "陕西省", "Shaanxi" },
            { "620000", "甘肃省", "Gansu" }, { "630000", "青海省", "Qinghai" },
            { "640000", "宁夏回族自治区", "Ningxia Hui Autonomous Region" },
            { "650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region" },
            { "660000", "新疆生产建设兵团", "Xinjiang Production and Construction Corps" } };

    static final List<String> TYPES = List.of("launch-ceremony", "knowledge-lecture", "experience-event");

    private DemoStatistics() {
    }

    static CampaignStatistics national2022() {
        return withNames(Map.of());
    }

    /** The same, with some units' English names replaced (to try quoting and odd characters). */
    static CampaignStatistics withNames(Map<String, String> nameEnByCode) {
        List<UnitStatistics> units = new ArrayList<>();
        for (int i = 0; i < UNITS.length; i++) {
            String code = UNITS[i][0];
            units.add(new UnitStatistics(code, UNITS[i][1], nameEnByCode.getOrDefault(code, UNITS[i][2]),
                    figures(i), status(i), timeliness(i)));
        }
        return new CampaignStatistics(CAMPAIGN, OffsetDateTime.parse("2022-10-20T10:00:00Z"),
                new Completeness(32, 28, 20, 24, 4, 2, 2), sum(units), units);
    }

    /** One unit with figures but no obligation: no names, status or timeliness (as StatisticsService gives it). */
    static CampaignStatistics withoutObligation(String code) {
        CampaignStatistics all = national2022();
        List<UnitStatistics> units = all.units().stream().map(u -> u.provincialUnit().equals(code)
                ? new UnitStatistics(code, null, null, u.figures(), null, null) : u).toList();
        return new CampaignStatistics(all.campaignId(), all.asOf(), all.completeness(), all.national(), units);
    }

    /** What a partner may see: national figures and completeness, no unit rows. */
    static CampaignStatistics nationalOnly() {
        CampaignStatistics all = national2022();
        return new CampaignStatistics(all.campaignId(), all.asOf(), all.completeness(), all.national(), List.of());
    }

    private static Figures figures(int i) {
        long activities = 20 + (i * 37L % 90);
        List<TypeFigures> byType = new ArrayList<>();
        long left = activities;
        for (int t = 0; t < TYPES.size(); t++) {
            long a = t == TYPES.size() - 1 ? left : activities / (t + 2);
            left -= a;
            byType.add(new TypeFigures(TYPES.get(t), a, a * 41 + t, t + i % 3));
        }
        Map<String, Long> bySetting = new LinkedHashMap<>();
        bySetting.put("communities", activities / 2);
        bySetting.put("farms", activities - activities / 2);
        long dispatched = 2000 + 150L * i;
        return new Figures(activities, byType.stream().mapToLong(TypeFigures::participants).sum(),
                byType.stream().mapToLong(TypeFigures::mediaItems).sum(), byType, bySetting, 3 + i % 4, dispatched,
                dispatched - (i % 5) * 10, i % 3, 400 + 29L * i);
    }

    private static ObligationStatus status(int i) {
        if (i < 20) {
            return ObligationStatus.ACCEPTED;
        }
        if (i < 28) {
            return i % 2 == 0 ? ObligationStatus.SUBMITTED : ObligationStatus.RESUBMITTED;
        }
        return i < 30 ? ObligationStatus.NOT_STARTED : ObligationStatus.DRAFT;
    }

    private static Timeliness timeliness(int i) {
        if (i < 24) {
            return Timeliness.ON_TIME;
        }
        if (i < 28) {
            return Timeliness.LATE;
        }
        return i < 30 ? Timeliness.MISSING : Timeliness.PENDING;
    }

    private static Figures sum(List<UnitStatistics> units) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        Map<String, Long> bySetting = new LinkedHashMap<>();
        long[] f = new long[8];
        for (UnitStatistics u : units) {
            Figures x = u.figures();
            long[] add = { x.activities(), x.participants(), x.mediaItems(), x.shipmentsDispatched(),
                    x.copiesDispatched(), x.copiesReceived(), x.copiesDamaged(), x.downloads() };
            for (int k = 0; k < f.length; k++) {
                f[k] += add[k];
            }
            for (TypeFigures t : x.byType()) {
                long[] acc = byType.computeIfAbsent(t.activityType(), k -> new long[3]);
                acc[0] += t.activities();
                acc[1] += t.participants();
                acc[2] += t.mediaItems();
            }
            x.activitiesBySetting().forEach((k, v) -> bySetting.merge(k, v, Long::sum));
        }
        List<TypeFigures> types = byType.entrySet().stream()
                .map(e -> new TypeFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Figures(f[0], f[1], f[2], types, bySetting, f[3], f[4], f[5], f[6], f[7]);
    }
}
