package io.cardvault.application.port.out;

import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Platform settings and their trail in memory. */
public class InMemoryPlatformSettings implements PlatformSettingStorePort {

    private final Map<PlatformSettingKey, PlatformSetting> settings = new EnumMap<>(PlatformSettingKey.class);
    private final List<SettingChange> trail = new ArrayList<>();

    @Override
    public synchronized Optional<PlatformSetting> find(PlatformSettingKey key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public synchronized List<PlatformSetting> findAll() {
        return List.copyOf(settings.values());
    }

    @Override
    public synchronized void record(SettingChange change) {
        settings.put(change.key(), new PlatformSetting(change.key(), change.value(), Optional.of(change.changedAt()),
                change.changedBy()));
        trail.add(change);
    }

    @Override
    public synchronized List<SettingChange> history(PlatformSettingKey key, int limit) {
        List<SettingChange> changes = new ArrayList<>();
        for (int i = trail.size() - 1; i >= 0; i--) {
            if (trail.get(i).key() == key) {
                changes.add(trail.get(i));
            }
        }
        changes.sort(Comparator.comparing(SettingChange::changedAt).reversed());
        return changes.subList(0, Math.min(limit, changes.size()));
    }
}
