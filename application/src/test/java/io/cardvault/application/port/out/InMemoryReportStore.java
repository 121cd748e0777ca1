package io.cardvault.application.port.out;

import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportId;
import io.cardvault.domain.community.ReportStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The report store and its audit trail in memory. */
public class InMemoryReportStore implements ReportStorePort {

    private final Map<Long, Report> reports = new ConcurrentSkipListMap<>();
    private final List<ModerationAction> trail = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Report add(Report report) {
        Report stored = report.stored(new ReportId(ids.incrementAndGet()));
        reports.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<Report> findById(ReportId id) {
        return Optional.ofNullable(reports.get(id.value()));
    }

    @Override
    public List<Report> findOpen(int limit) {
        return reports.values().stream().filter(report -> report.status() == ReportStatus.OPEN)
                .sorted(Comparator.comparing(Report::createdAt).thenComparing(report -> report.requireId().value()))
                .limit(limit).toList();
    }

    @Override
    public synchronized boolean recordDecision(Report decided, ModerationAction action) {
        Report current = reports.get(decided.requireId().value());
        if (current == null || current.status() != ReportStatus.OPEN) {
            return false;
        }
        reports.put(decided.requireId().value(), decided);
        trail.add(action);
        return true;
    }

    @Override
    public synchronized List<ModerationAction> recentActions(int limit) {
        List<ModerationAction> newestFirst = new ArrayList<>(trail);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().sorted(Comparator.comparing(ModerationAction::at).reversed()).limit(limit).toList();
    }
}
