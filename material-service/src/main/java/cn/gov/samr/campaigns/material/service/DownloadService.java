package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.messaging.MaterialEventProducer;
import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * Download statistics: every download counted by material, version, China day and provincial unit, and sent as
 * MaterialDownloaded deltas by {@link #report()}.
 */
@ApplicationScoped
public class DownloadService {

    /** How many counts one report pass announces at most; the rest wait for the next pass. */
    public static final int REPORT_BATCH = 500;

    private final DownloadRepository downloads;
    private final MaterialEventProducer events;
    private final Clock clock;

    public DownloadService(DownloadRepository downloads, MaterialEventProducer events, Clock clock) {
        this.downloads = downloads;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Counts one download, and remembers the version the caller's provincial unit fetched. Its own transaction:
     * the file is streamed after this returns, and a count must not wait for gigabytes.
     *
     * @param provincialUnit null for anonymous and national callers
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void count(MaterialFile file, String provincialUnit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate day = now.atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        downloads.count(file.materialId, file.version, day, provincialUnit, now);
        if (provincialUnit != null) {
            downloads.recordFetch(provincialUnit, file.materialId, file.version, now);
        }
    }

    /**
     * Announces the downloads counted since the last report, one MaterialDownloaded per material, version, day and
     * unit, and marks them announced in the same transaction: a count is sent once, even across replicas.
     *
     * @return how many events were written
     */
    @Transactional
    public int report() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<DownloadRepository.Unreported> pending = downloads.lockUnreported(REPORT_BATCH);
        for (DownloadRepository.Unreported count : pending) {
            events.downloaded(count, now);
            downloads.markReported(count, now);
        }
        return pending.size();
    }

    public List<DownloadRepository.Count> statistics(DownloadRepository.StatisticsFilter filter, int limit) {
        return downloads.statistics(filter, limit);
    }

    public List<DownloadRepository.Fetch> fetches(String provincialUnit) {
        return downloads.fetches(provincialUnit);
    }

    public Map<UUID, Integer> fetchedVersions(String provincialUnit, Collection<UUID> materialIds) {
        return downloads.fetchedVersions(provincialUnit, materialIds);
    }
}
