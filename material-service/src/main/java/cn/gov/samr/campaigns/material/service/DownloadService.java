package cn.gov.samr.campaigns.material.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.material.config.MaterialServiceConfig;
import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.messaging.MaterialEventProducer;
import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.platform.storage.ByteRange;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * Download statistics: downloads counted by material, version, China day and provincial unit, and sent as
 * MaterialDownloaded deltas by {@link #report()}.
 *
 * <p>
 * A download is counted once per caller, file version and window ({@code material-service.downloads.window},
 * 10 minutes): the caller is the token's principal, or for an anonymous caller a hash of the client address (so
 * that one office behind one address counts once per window, which undercounts rather than lets a script
 * overcount). Only an answer that starts a transfer counts: see {@link #startsTransfer}.
 */
@ApplicationScoped
public class DownloadService {

    /** How many counts one report pass announces at most; the rest wait for the next pass. */
    public static final int REPORT_BATCH = 500;

    private final DownloadRepository downloads;
    private final MaterialEventProducer events;
    private final Clock clock;
    private final Duration window;
    private final long probeBytes;

    public DownloadService(DownloadRepository downloads, MaterialEventProducer events, Clock clock,
            MaterialServiceConfig config) {
        this.downloads = downloads;
        this.events = events;
        this.clock = clock;
        this.window = config.downloads().window();
        this.probeBytes = config.downloads().probeBytes().asLongValue();
    }

    /**
     * Whether an answer that sends {@code sent} of a file of {@code size} bytes starts a transfer: it starts at
     * byte 0 and either reaches the end (a whole file, {@code bytes=0-}) or is at least the probe size (the first
     * segment of a download manager's parallel ranges). A resumed download (from further on) continues one that
     * was counted; a short range from 0 ({@code bytes=0-0}) is a probe; a 304 or a HEAD sends nothing.
     */
    public boolean startsTransfer(ByteRange sent, long size) {
        return sent != null && sent.first() == 0 && (sent.last() >= size - 1 || sent.length() >= probeBytes);
    }

    /**
     * Who is downloading, for telling a repeat from a new download: the principal of a signed-in caller, else
     * the SHA-256 of the client address (not the address itself, and kept only for the window).
     */
    public static String caller(String principal, String clientAddress) {
        if (principal != null) {
            return "user:" + principal;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return "address:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts the download unless the caller's download of this version was counted within the window, and
     * remembers the version the caller's provincial unit fetched. Its own transaction: the file is streamed after
     * this returns, and a count must not wait for gigabytes.
     *
     * @param provincialUnit null for anonymous and national callers
     * @param caller {@link #caller(String, String)}
     * @return whether it was counted
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean count(MaterialFile file, String provincialUnit, String caller) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (provincialUnit != null) {
            downloads.recordFetch(provincialUnit, file.materialId, file.version, now);
        }
        if (!downloads.claim(file.materialId, file.version, caller, now, now.minus(window))) {
            return false;
        }
        LocalDate day = now.atZoneSameInstant(ChinaClock.ZONE).toLocalDate();
        downloads.count(file.materialId, file.version, day, provincialUnit, now);
        return true;
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
        downloads.pruneClaims(now.minus(window));
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
