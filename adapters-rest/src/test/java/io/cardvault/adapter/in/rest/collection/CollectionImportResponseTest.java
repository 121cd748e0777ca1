package io.cardvault.adapter.in.rest.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CollectionImportResult;
import io.cardvault.application.port.in.collection.ImportedLine;
import io.cardvault.application.port.in.collection.MergedLine;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntryId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CollectionImportResponseTest {

    private static ImportedLine line(int line, long entry, int quantity) {
        return new ImportedLine(line, new CollectionEntryId(entry), new CardId(891), Optional.of(new VariantId(7)), "Charizard",
                "Base Set", quantity, CardCondition.LP);
    }

    @Test
    void every_line_keeps_its_number_and_a_merge_says_which_line_or_none_it_joined() {
        CollectionImportResult result = new CollectionImportResult(List.of(line(2, 10, 2)),
                List.of(new MergedLine(line(5, 10, 1), OptionalInt.of(2), 3), new MergedLine(line(3, 11, 4), OptionalInt.empty(), 9)),
                List.of(new RejectedLine(4, "no card named Charizrd in Base Set")));

        CollectionImportResponse response = CollectionImportResponse.from(CollectionFileFormat.GENERIC, result);

        assertThat(response.format()).isEqualTo("generic");
        assertThat(response.imported()).containsExactly(
                new CollectionImportResponse.ImportedRow(2, 10, 891, 7L, "Charizard", "Base Set", 2, "LP"));
        assertThat(response.merged()).extracting(CollectionImportResponse.MergedRow::line,
                CollectionImportResponse.MergedRow::mergedIntoLine, CollectionImportResponse.MergedRow::holdingQuantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, null, 9), org.assertj.core.groups.Tuple.tuple(5, 2, 3));
        assertThat(response.rejected()).containsExactly(new CollectionImportResponse.RejectedRow(4, "no card named Charizrd in Base Set"));
        assertThat(List.of(response.importedCount(), response.mergedCount(), response.rejectedCount(), response.copiesAdded()))
                .containsExactly(1, 2, 1, 7);
    }
}
