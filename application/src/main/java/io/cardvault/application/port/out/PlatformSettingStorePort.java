package io.cardvault.application.port.out;

import io.cardvault.domain.platform.PlatformSetting;
import io.cardvault.domain.platform.PlatformSettingKey;
import io.cardvault.domain.platform.SettingChange;
import java.util.List;
import java.util.Optional;

/** Outgoing port: platform settings an administrator set, and the audit trail of every change. */
public interface PlatformSettingStorePort {

    /** The setting's stored value; empty while nobody ever set it (its default applies). */
    Optional<PlatformSetting> find(PlatformSettingKey key);

    /** Every stored setting; keys nobody set are absent. */
    List<PlatformSetting> findAll();

    /** Makes the change's value current and appends the change to the trail, in the caller's transaction. */
    void record(SettingChange change);

    /** The setting's changes, newest first, at most {@code limit}. */
    List<SettingChange> history(PlatformSettingKey key, int limit);
}
