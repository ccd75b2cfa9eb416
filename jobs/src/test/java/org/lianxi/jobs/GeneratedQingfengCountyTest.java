package org.lianxi.jobs;

import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.rules.Profiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@link GeneratedCounty} for the example county under qingfeng, whose document sets most of the v2
 * figures.
 */
@SpringJUnitConfig(GeneratedQingfengCountyTest.QingfengCounty.class)
@TestPropertySource(properties = "lianxi.data=target/generated-county-test-qingfeng")
class GeneratedQingfengCountyTest extends GeneratedCounty {

  /** The example county under the qingfeng profile. */
  @Configuration
  @Import(ExampleCountyJobs.class)
  static class QingfengCounty {
    @Bean
    @Primary
    CountyConfig qingfengCounty() {
      return CountyConfigLoader.example().withProfile(Profiles.load("qingfeng"));
    }
  }
}
