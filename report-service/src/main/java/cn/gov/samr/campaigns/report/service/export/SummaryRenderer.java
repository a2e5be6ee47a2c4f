package cn.gov.samr.campaigns.report.service.export;

import java.io.IOException;
import java.io.OutputStream;

import cn.gov.samr.campaigns.report.service.CampaignStatistics;

/** Writes the national summary in one file format. Never closes the stream: it belongs to the caller. */
public interface SummaryRenderer {

    /** The Content-Type of what {@link #write} writes. */
    String mediaType();

    void write(CampaignStatistics statistics, OutputStream out) throws IOException;
}
