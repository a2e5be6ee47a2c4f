package cn.gov.samr.campaigns.report.service.export;

import java.util.List;

/**
 * One table of the national summary (全国汇总表) as the CSV and XLSX exports write it: cells are {@link String}s or
 * {@link Number}s (counts as {@link Long}, rates as {@link Double} in [0, 1]), so each format can keep numbers numeric.
 *
 * @param title bilingual, "中文 / English"
 * @param sheet the XLSX sheet name (no '/', at most 31 characters)
 */
public record SummaryTable(String title, String sheet, List<String> header, List<List<Object>> rows) {
}
