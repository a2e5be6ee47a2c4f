package cn.gov.samr.campaigns.material.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.material.service.DownloadService;
import io.quarkus.scheduler.Scheduled;

/** Sends the counted downloads as aggregated MaterialDownloaded events, every report interval. */
@ApplicationScoped
public class DownloadReportJob {

    private final DownloadService downloads;

    public DownloadReportJob(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Scheduled(every = "${material-service.downloads.report-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void report() {
        int sent;
        do {
            sent = downloads.report(); // a full batch means more may be waiting: no need to wait a whole interval
        } while (sent == DownloadService.REPORT_BATCH);
    }
}
