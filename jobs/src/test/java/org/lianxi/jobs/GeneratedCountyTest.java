package org.lianxi.jobs;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** {@link GeneratedCounty} for the example county, profile guxian. */
@SpringJUnitConfig(ExampleCountyJobs.class)
@TestPropertySource(properties = "lianxi.data=target/generated-county-test")
class GeneratedCountyTest extends GeneratedCounty {}
