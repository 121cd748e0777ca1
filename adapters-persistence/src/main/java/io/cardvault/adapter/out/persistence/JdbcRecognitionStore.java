package io.cardvault.adapter.out.persistence;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.out.RecognitionCataloguePort;
import io.cardvault.application.port.out.RecognitionScanStorePort;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import io.cardvault.application.port.out.recognition.CardLabel;
import io.cardvault.application.port.out.recognition.ConfirmedReference;
import io.cardvault.application.port.out.recognition.PrintedCard;
import io.cardvault.application.port.out.recognition.ScanFingerprint;
import io.cardvault.application.port.out.recognition.ScanStoreFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What the recognizer needs of the catalogue (printed faces, answer labels) and its scans, on
 * MariaDB with plain JDBC, joining the calling use case's transaction. Plain JDBC, not JPA: the
 * reference faces are a bulk read of the whole catalogue, and labels are written in batches.
 */
@ApplicationScoped
class JdbcRecognitionStore implements RecognitionCataloguePort, RecognitionScanStorePort {

    private static final int LABEL_BATCH = 500;

    private final DataSource dataSource;

    @Inject
    JdbcRecognitionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcRecognitionStore() {
        this.dataSource = null;
    }

    @Override
    public List<PrintedCard> printedCards() {
        String sql = "SELECT c.id, c.local_id, s.external_id, s.code, s.official_count, c.name, s.language, c.hp, c.types,"
                + " c.rarity, c.category, (SELECT GROUP_CONCAT(d.dex_id ORDER BY d.dex_id) FROM card_dex d WHERE d.card_id = c.id),"
                + " g.slug FROM card c JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id ORDER BY c.id";
        List<PrintedCard> cards = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(2_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cards.add(new PrintedCard(new CardId(rows.getLong(1)), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5), rows.getString(6), rows.getString(7), rows.getInt(8), split(rows.getString(9)),
                            rows.getString(10), rows.getString(11),
                            split(rows.getString(12)).stream().map(Integer::valueOf).toList(), rows.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot read the catalogue's printed cards", e);
        }
        return cards;
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Map<CardId, CardLabel> labels(Collection<CardId> cardIds) {
        Map<CardId, CardLabel> labels = new HashMap<>();
        List<CardId> ids = List.copyOf(cardIds);
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += LABEL_BATCH) {
                List<CardId> batch = ids.subList(from, Math.min(ids.size(), from + LABEL_BATCH));
                String marks = batch.stream().map(id -> "?").collect(Collectors.joining(","));
                try (PreparedStatement select = connection.prepareStatement("SELECT c.id, s.name, g.slug FROM card c"
                        + " JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id WHERE c.id IN (" + marks + ")")) {
                    for (int i = 0; i < batch.size(); i++) {
                        select.setLong(i + 1, batch.get(i).value());
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            CardId id = new CardId(rows.getLong(1));
                            labels.put(id, new CardLabel(id, rows.getString(2), rows.getString(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("cannot read card labels", e);
        }
        return labels;
    }

    @Override
    public void saveScan(String scanId, ScanFingerprint fingerprint, Instant scannedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO recognition_scan (scan_id, fingerprint, scanned_at) VALUES (?, ?, ?)")) {
            insert.setString(1, scanId);
            insert.setBytes(2, fingerprint.bytes());
            insert.setObject(3, utc(scannedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ScanStoreFailedException("cannot store scan " + scanId, e);
        }
    }

    @Override
    public Optional<ScanFingerprint> findScan(String scanId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT fingerprint FROM recognition_scan WHERE scan_id = ?")) {
            select.setString(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new ScanFingerprint(rows.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ScanStoreFailedException("cannot read scan " + scanId, e);
        }
    }

    @Override
    public void confirm(String scanId, CardId cardId, Instant confirmedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE recognition_scan SET card_id = ?, confirmed_at = ? WHERE scan_id = ?")) {
            update.setLong(1, cardId.value());
            update.setObject(2, utc(confirmedAt));
            update.setString(3, scanId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new ScanStoreFailedException("cannot confirm scan " + scanId, e);
        }
    }

    @Override
    public List<ConfirmedReference> confirmedReferences() {
        List<ConfirmedReference> references = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT card_id, fingerprint FROM recognition_scan"
                     + " WHERE card_id IS NOT NULL ORDER BY confirmed_at, scan_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                references.add(new ConfirmedReference(new CardId(rows.getLong(1)), new ScanFingerprint(rows.getBytes(2))));
            }
        } catch (SQLException e) {
            throw new ScanStoreFailedException("cannot read confirmed scans", e);
        }
        return references;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
