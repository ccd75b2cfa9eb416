package org.lianxi.ledger.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.testing.TestDatabase;

class UnitStoreTest {

  @Test
  void syncAddsAndUpdatesUnitsAndKeepsRemovedOnes() {
    UnitStore store = new UnitStore(TestDatabase.fresh());
    CountyConfig example = CountyConfigLoader.example();
    store.sync(example.units());
    store.sync(example.units());
    assertThat(store.status()).hasSize(19);

    Unit renamed =
        new Unit(
            "D02",
            "古县市场监管局（新）",
            UnitType.DEPARTMENT,
            List.of(),
            java.util.Optional.empty(),
            List.of(),
            java.util.Optional.empty());
    store.sync(List.of(renamed));
    List<UnitStore.UnitStatus> status = store.status();
    assertThat(status).hasSize(19);
    assertThat(status)
        .filteredOn(s -> s.code().equals("D02"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("古县市场监管局（新）");
              assertThat(s.lastSubmission()).isNull();
            });
  }
}
